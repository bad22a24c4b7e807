package no.vern.dsr.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.dsr.domain.DueDates;
import no.vern.dsr.domain.References;
import no.vern.dsr.domain.RequestState;
import no.vern.dsr.domain.Right;
import no.vern.dsr.domain.Step;
import no.vern.mail.Language;
import no.vern.shared.identifier.EmailAddress;
import no.vern.shared.identifier.IdentifierType;
import no.vern.shared.identifier.Parsed;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import no.vern.shared.time.Deadlines;
import no.vern.subject.Identifier;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives requests: from the API and the admin form ({@link #file}), and from the public page
 * ({@link #filePublic}), where the answer is the same whether or not Vern knows the address.
 */
@Service
class Requests {

  private static final AuditActor PERSON = AuditActor.of(null);

  private final RequestRows rows;
  private final StepRecorder steps;
  private final SubjectRegistry registry;
  private final RequestScope scope;
  private final DsrKeys keys;
  private final Codes codes;
  private final RequestMails mails;
  private final DsrSettings settings;
  private final Clock clock;

  Requests(
      RequestRows rows,
      StepRecorder steps,
      SubjectRegistry registry,
      RequestScope scope,
      DsrKeys keys,
      Codes codes,
      RequestMails mails,
      DsrSettings settings,
      Clock clock) {
    this.rows = rows;
    this.steps = steps;
    this.registry = registry;
    this.scope = scope;
    this.keys = keys;
    this.codes = codes;
    this.mails = mails;
    this.settings = settings;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), Deadlines.NORWAY);
  }

  @Transactional
  RequestRow file(NewRequest request, AuditActor actor) {
    List<FieldError> errors = new ArrayList<>();
    List<Identifier> identifiers = identifiers(request.identifiers(), errors);
    if (request.receivedAt().isAfter(today())) {
      errors.add(new FieldError("receivedAt", "future", "The date of receipt is in the future."));
    }
    if (!errors.isEmpty()) {
      throw new ApiProblem(CommonProblem.VALIDATION_FAILED, "The request is not valid.", errors);
    }
    UUID id = UUID.randomUUID();
    Optional<SubjectId> subject = scope.linkable(subjectOf(identifiers), actor);
    String contact =
        identifiers.stream()
            .filter(i -> i.type() == IdentifierType.EMAIL)
            .map(Identifier::value)
            .findFirst()
            .orElse(null);
    var verified = request.verifiedBy();
    RequestRow row =
        row(
            id,
            subject.map(SubjectId::value).orElse(null),
            verified == null ? RequestState.RECEIVED : RequestState.OPEN,
            request.rights(),
            request.channel().code(),
            request.controller(),
            request.language(),
            contact == null ? null : keys.encrypt(id, "contact", contact),
            blank(request.description())
                ? null
                : keys.encrypt(id, "description", request.description()),
            request.receivedAt(),
            verified == null ? null : verified.method(),
            verified == null ? null : verified.reason());
    rows.insert(row, clock.instant());
    steps.record(id, Step.RECEIVED, actor, RequestState.RECEIVED, request.channel().code());
    if (verified != null) {
      steps.record(id, Step.VERIFIED, actor, RequestState.OPEN, verified.method());
    }
    return rows.find(id).orElseThrow();
  }

  /**
   * From {@code /rights}. Known address or not, the same work: one look-up, one request row with
   * the address and what was written encrypted, the same two timeline steps, one code and the same
   * code mail, so neither the page nor its timing tells whether Vern knows the address. Only after
   * the code, which proves the mailbox is the asker's, does an unknown address learn that Vern
   * holds nothing ({@link RequestSteps#verifyByCode}); unconfirmed, it expires and is purged like
   * any.
   */
  @Transactional
  RequestRow filePublic(
      EmailAddress email, List<Right> rights, @Nullable String description, Language language) {
    UUID id = UUID.randomUUID();
    Optional<SubjectId> subject =
        registry.find(new Identifier(IdentifierType.EMAIL, email.normalised()));
    RequestRow row =
        row(
            id,
            subject.map(SubjectId::value).orElse(null),
            RequestState.VERIFYING,
            rights,
            "web",
            null,
            language.tag(),
            keys.encrypt(id, "contact", email.normalised()),
            blank(description) ? null : keys.encrypt(id, "description", description),
            today(),
            null,
            null);
    rows.insert(row, clock.instant());
    steps.record(id, Step.RECEIVED, PERSON, RequestState.RECEIVED, "web");
    steps.record(id, Step.CODE_SENT, AuditActor.system("dsr"), RequestState.VERIFYING, null);
    String code = codes.issue(id, clock.instant());
    mails.sendTo(
        email,
        language,
        "code",
        row,
        Map.of("code", code, "minutes", settings.codeTtl().toMinutes()));
    return row;
  }

  private static RequestRow row(
      UUID id,
      @Nullable UUID subject,
      RequestState state,
      List<Right> rights,
      String channel,
      @Nullable String controller,
      String language,
      byte @Nullable [] contact,
      byte @Nullable [] description,
      LocalDate received,
      @Nullable String method,
      @Nullable String reason) {
    LocalDate due = DueDates.first(received);
    return new RequestRow(
        id,
        References.next(),
        subject,
        state,
        rights.stream().map(Right::code).distinct().toList(),
        channel,
        controller,
        language,
        contact,
        description,
        received,
        due,
        due,
        null,
        null,
        null,
        method,
        reason,
        null,
        java.time.Instant.EPOCH);
  }

  private List<Identifier> identifiers(Map<String, String> given, List<FieldError> errors) {
    List<Identifier> found = new ArrayList<>();
    given.forEach(
        (code, value) -> {
          var type = IdentifierType.fromCode(code);
          if (type.isEmpty()) {
            errors.add(new FieldError("identifiers." + code, "unknown", "Not an identifier type."));
            return;
          }
          Parsed<String> parsed = type.get().normalise(value);
          if (parsed instanceof Parsed.Valid<String> valid) {
            found.add(new Identifier(type.get(), valid.value()));
          } else {
            errors.add(
                new FieldError(
                    "identifiers." + code, "invalid", "Not a valid " + type.get().code() + "."));
          }
        });
    if (given.isEmpty()) {
      errors.add(new FieldError("identifiers", "required", "At least one identifier is needed."));
    }
    return found;
  }

  private Optional<SubjectId> subjectOf(List<Identifier> identifiers) {
    return registry.findAll(identifiers).stream().flatMap(Optional::stream).findFirst();
  }

  private static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }
}
