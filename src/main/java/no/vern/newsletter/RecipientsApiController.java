package no.vern.newsletter;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For a sending system (issue 5, item 4): who may be mailed for a list now, with each person's RFC
 * 8058 headers to copy into the mail. Paged by an opaque cursor; every call is one audited bulk
 * read.
 */
@RestController
class RecipientsApiController {

  record RecipientView(String email, String language, Map<String, String> headers) {
    @Override
    public String toString() {
      return "RecipientView[***]";
    }
  }

  record RecipientPage(String list, List<RecipientView> recipients, String next) {}

  private final Lists lists;
  private final Recipients recipients;

  RecipientsApiController(Lists lists, Recipients recipients) {
    this.lists = lists;
    this.recipients = recipients;
  }

  @GetMapping("/api/v1/newsletters/{list}/recipients")
  @PreAuthorize("hasAnyRole('ADMIN','MARKETING')")
  RecipientPage recipients(
      @PathVariable String list,
      @RequestParam(required = false) String after,
      @RequestParam(required = false) Integer limit) {
    known(lists, list);
    UUID cursor = cursor(after);
    int size = limit(limit);
    Recipients.Page page = recipients.page(list, cursor, size, AuditActor.current());
    List<RecipientView> views =
        page.recipients().stream()
            .map(
                r -> {
                  Map<String, String> headers = new java.util.LinkedHashMap<>();
                  r.headers().forEach(h -> headers.put(h.name(), h.value()));
                  return new RecipientView(r.email().value(), r.language().tag(), headers);
                })
            .toList();
    return new RecipientPage(list, views, page.next() == null ? null : page.next().toString());
  }

  static void known(Lists lists, String list) {
    if (lists.find(list).isEmpty()) {
      throw new ApiProblem(CommonProblem.NOT_FOUND, "There is no newsletter list with this id.");
    }
  }

  private static UUID cursor(String after) {
    if (after == null || after.isBlank()) {
      return null;
    }
    try {
      UUID id = UUID.fromString(after);
      if (id.toString().equals(after)) {
        return id;
      }
    } catch (IllegalArgumentException fallThrough) {
      // answered below
    }
    throw invalid("after", "cursor", "Use the next value of the previous page.");
  }

  private static int limit(Integer limit) {
    if (limit == null) {
      return Recipients.DEFAULT_LIMIT;
    }
    if (limit < 1 || limit > Recipients.MAX_LIMIT) {
      throw invalid("limit", "range", "Between 1 and " + Recipients.MAX_LIMIT + ".");
    }
    return limit;
  }

  private static ApiProblem invalid(String field, String code, String message) {
    return new ApiProblem(
        CommonProblem.INVALID_PARAMETER,
        "A query parameter is not valid.",
        List.of(new FieldError(field, code, message)));
  }
}
