package no.vern.newsletter;

import no.vern.audit.AuditActor;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A mailing to a list through Vern's own outbox (issue 5, item 4): every allowed recipient gets one
 * mail in their language with the unsubscribe headers and footer. Answers 202: the outbox sends.
 */
@RestController
class MailingsApiController {

  record Queued(int queued) {}

  private final Lists lists;
  private final Mailings mailings;

  MailingsApiController(Lists lists, Mailings mailings) {
    this.lists = lists;
    this.mailings = mailings;
  }

  @PostMapping("/api/v1/newsletters/{list}/mailings")
  @PreAuthorize("hasAnyRole('ADMIN','MARKETING')")
  ResponseEntity<Queued> queue(
      @PathVariable String list, @RequestBody(required = false) MailingRequest body) {
    RecipientsApiController.known(lists, list);
    if (body == null) {
      throw new ApiProblem(CommonProblem.MALFORMED_BODY, "Send the mailing as a JSON object.");
    }
    body.check();
    return ResponseEntity.accepted()
        .body(new Queued(mailings.queue(list, body, AuditActor.current())));
  }
}
