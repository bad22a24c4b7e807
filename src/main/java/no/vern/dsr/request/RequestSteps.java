package no.vern.dsr.request;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.dsr.AccessAnswers;
import no.vern.dsr.AnswerKind;
import no.vern.dsr.DsrAuditAction;
import no.vern.dsr.DsrProblem;
import no.vern.dsr.domain.DenialGround;
import no.vern.dsr.domain.DueDates;
import no.vern.dsr.domain.RequestState;
import no.vern.dsr.domain.Right;
import no.vern.dsr.domain.Step;
import no.vern.dsr.systems.RequestTasks;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.time.Deadlines;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every step of a request after its receipt, for the API, the admin pages and the public page. */
@Service
class RequestSteps {

  private static final AuditActor SYSTEM = AuditActor.system("dsr");

  private final StepRecorder steps;
  private final RequestRows rows;
  private final Codes codes;
  private final RequestMails mails;
  private final ObjectProvider<AccessAnswers> answers;
  private final ObjectProvider<RequestTasks> tasks;
  private final AuditTrail audit;
  private final DsrSettings settings;
  private final Clock clock;

  RequestSteps(
      StepRecorder steps,
      RequestRows rows,
      Codes codes,
      RequestMails mails,
      ObjectProvider<AccessAnswers> answers,
      ObjectProvider<RequestTasks> tasks,
      AuditTrail audit,
      DsrSettings settings,
      Clock clock) {
    this.steps = steps;
    this.rows = rows;
    this.codes = codes;
    this.mails = mails;
    this.answers = answers;
    this.tasks = tasks;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * The person's code. Right, for a known person: the request is open. Right, for an address Vern
   * does not know: the request is answered at once with "we hold nothing" (mailed too, with the
   * complaint route), and the address and what was written are purged, as nothing will be done with
   * them. Wrong, expired, spent, or a request that was never waiting for a code: refused, the same
   * answer for all of them.
   */
  @Transactional(noRollbackFor = ApiProblem.class)
  CodeResult verifyByCode(UUID id, String code) {
    Optional<RequestRow> found = rows.lock(id);
    if (found.isEmpty() || found.get().state() != RequestState.VERIFYING) {
      return new CodeResult.Refused();
    }
    RequestRow row = found.get();
    if (codes.check(id, code, clock.instant()) != Codes.Check.RIGHT) {
      steps.record(id, Step.VERIFICATION_FAILED, AuditActor.of(null), row.state(), null);
      return new CodeResult.Refused();
    }
    steps.move(row, Step.VERIFIED, AuditActor.of(null), "email-code");
    rows.verified(id, "email-code", null);
    if (row.subjectId() != null) {
      return new CodeResult.Verified(row.subjectId());
    }
    steps.move(reload(id), Step.FULFILLED, SYSTEM, "nothing-held");
    mails.send(row, "nothing-held", Map.of());
    rows.purge(id);
    return new CodeResult.NothingHeld();
  }

  /** Sends a (new) code to the request's address; only for a person Vern knows. */
  @Transactional
  void sendCode(UUID id, AuditActor actor) {
    RequestRow row = steps.locked(id);
    if (row.subjectId() == null || row.contact() == null) {
      throw new ApiProblem(
          DsrProblem.REQUEST_STATE_CONFLICT,
          "A code needs a known person and an address; verify this request another way.");
    }
    steps.move(row, Step.CODE_SENT, actor, null);
    String code = codes.issue(id, clock.instant());
    mails.send(row, "code", Map.of("code", code, "minutes", settings.codeTtl().toMinutes()));
  }

  /** Art. 12(6): a case handler verified who asks, by {@code method}, for {@code reason}. */
  @Transactional
  RequestRow verifyManually(UUID id, String method, String reason, AuditActor actor) {
    RequestRow row = steps.locked(id);
    steps.move(row, Step.VERIFIED, actor, method);
    rows.verified(id, method, reason);
    return reload(id);
  }

  @Transactional
  RequestRow assign(UUID id, String assignee, AuditActor actor) {
    RequestRow row = steps.locked(id);
    rows.assign(id, assignee.isBlank() ? null : assignee);
    steps.record(id, Step.ASSIGNED, actor, row.state(), assignee.isBlank() ? null : assignee);
    return reload(id);
  }

  @Transactional
  RequestRow start(UUID id, AuditActor actor) {
    steps.move(steps.locked(id), Step.STARTED, actor, null);
    return reload(id);
  }

  /**
   * Art. 12(3): to three months from receipt, with reasons, before the first due date only; the
   * person is told at once. A refusal is audited and answered with a problem saying why.
   */
  @Transactional(noRollbackFor = ApiProblem.class)
  RequestRow extend(UUID id, String reason, AuditActor actor) {
    RequestRow row = steps.locked(id);
    LocalDate today = LocalDate.ofInstant(clock.instant(), Deadlines.NORWAY);
    Optional<String> refusal = DueDates.extensionRefusal(row.receivedAt(), today, row.extended());
    if (refusal.isPresent()) {
      audit.record(
          actor
              .did(
                  DsrAuditAction.DSR_EXTENSION_REFUSED,
                  "dsr-request",
                  id.toString(),
                  Outcome.DENIED)
              .because(refusal.get().toUpperCase(Locale.ROOT).replace('-', '_')));
      throw new ApiProblem(
          DsrProblem.EXTENSION_REFUSED,
          refusal.get().equals("after-due-date")
              ? "The first due date, "
                  + row.firstDueAt()
                  + ", has passed: Art. 12(3) allows an extension only within the first month."
              : "The request was extended already; three months from receipt is the most.");
    }
    steps.move(row, Step.EXTENDED, actor, null);
    LocalDate due = DueDates.extended(row.receivedAt());
    rows.extended(id, due, reason);
    RequestRow extended = reload(id);
    mails.send(extended, "extended", Map.of("reason", reason));
    return extended;
  }

  /**
   * Answers the request. For access and portability the person is mailed an expiring single-use
   * download link (never an attachment); for the other rights, that the request was carried out.
   */
  @Transactional
  RequestRow fulfil(UUID id, AuditActor actor) {
    RequestRow row = steps.locked(id);
    steps.move(row, Step.FULFILLED, actor, null);
    // A request is answered only when every connected system has done its part (docs/dsr.md).
    tasks.ifAvailable(t -> t.requireDone(id));
    List<String> links = new ArrayList<>();
    AccessAnswers answering = answers.getIfAvailable();
    if (row.subjectId() != null && answering != null) {
      Locale language = Locale.forLanguageTag(row.language());
      for (AnswerKind kind : kinds(row)) {
        URI link = answering.issueDownload(row.subjectId(), kind, language, id);
        links.add(link.toString());
      }
    }
    mails.send(row, "fulfilled", Map.of("links", links));
    return reload(id);
  }

  /** Art. 12(4): reasons, and the right to complain to Datatilsynet and to go to court. */
  @Transactional
  RequestRow deny(UUID id, DenialGround ground, String reason, AuditActor actor) {
    RequestRow row = steps.locked(id);
    steps.move(row, Step.DENIED, actor, ground.code());
    rows.denied(id, ground.code(), reason);
    mails.send(row, "denied", Map.of("ground", ground.code(), "reason", reason));
    return reload(id);
  }

  @Transactional
  RequestRow withdraw(UUID id, AuditActor actor) {
    steps.move(steps.locked(id), Step.WITHDRAWN, actor, null);
    return reload(id);
  }

  private static List<AnswerKind> kinds(RequestRow row) {
    List<AnswerKind> kinds = new ArrayList<>();
    if (row.rights().contains(Right.ACCESS.code())) {
      kinds.add(AnswerKind.ACCESS);
    }
    if (row.rights().contains(Right.PORTABILITY.code())) {
      kinds.add(AnswerKind.PORTABILITY);
    }
    return kinds;
  }

  private RequestRow reload(UUID id) {
    return rows.find(id).orElseThrow();
  }
}
