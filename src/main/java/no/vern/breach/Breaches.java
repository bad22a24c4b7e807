package no.vern.breach;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditTrail;
import no.vern.breach.domain.BreachClock;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The breach register (Art. 33(5)): records, changes and notifications, each checked whole (every
 * mistake named, nothing stored while there is one) and audited by the breach's id in the same
 * transaction.
 */
@Service
class Breaches {

  static final int LIST_LIMIT = 500;
  static final Set<String> RECIPIENTS = Set.of("datatilsynet", "data-subjects");
  static final Set<String> PHASES = Set.of("initial", "follow-up", "final");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final BreachRows rows;
  private final AuditTrail audit;
  private final Clock clock;

  Breaches(BreachRows rows, AuditTrail audit, Clock clock) {
    this.rows = rows;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  BreachRow record(BreachInput input, String actor) {
    BreachCheck check = new BreachCheck(clock);
    Map<String, Object> columns = check.columns(input, true);
    refuseIf(check.errors());
    UUID id = UUID.randomUUID();
    rows.insert(id, columns, actor, clock.instant());
    BreachRow stored = rows.find(id).orElseThrow();
    check.whole(stored);
    refuseIf(check.errors());
    audited(actor, BreachAuditAction.BREACH_RECORDED, id);
    return stored;
  }

  @Transactional
  BreachRow update(UUID id, BreachInput input, String actor) {
    rows.lock(id).orElseThrow(Breaches::notFound);
    BreachCheck check = new BreachCheck(clock);
    Map<String, Object> columns = check.columns(input, false);
    refuseIf(check.errors());
    rows.update(id, columns, clock.instant());
    BreachRow changed = rows.find(id).orElseThrow();
    check.whole(changed);
    refuseIf(check.errors());
    audited(actor, BreachAuditAction.BREACH_UPDATED, id);
    return changed;
  }

  BreachRow one(UUID id) {
    return rows.find(id).orElseThrow(Breaches::notFound);
  }

  List<BreachRow> all() {
    return rows.all(LIST_LIMIT);
  }

  List<UUID> notifiedToAuthority(List<BreachRow> breaches) {
    return rows.notifiedToAuthority(breaches.stream().map(BreachRow::id).toList());
  }

  List<NotificationRow> notifications(UUID id) {
    return rows.notifications(id);
  }

  /**
   * Records a notification given. The first one to Datatilsynet after the 72 hours is refused
   * without the reasons for the delay (Art. 33(1)); follow-ups (33(4)) and notices to the people
   * (Art. 34, "without undue delay", no fixed hours) are not held to the 72 hours.
   */
  @Transactional
  NotificationRow notify(UUID id, NotificationInput in, String actor) {
    BreachRow breach = rows.lock(id).orElseThrow(Breaches::notFound);
    List<FieldError> errors = new ArrayList<>();
    String recipient = in.recipient() == null ? "datatilsynet" : in.recipient();
    if (!RECIPIENTS.contains(recipient)) {
      errors.add(new FieldError("recipient", "invalid", "Use datatilsynet or data-subjects."));
    }
    List<NotificationRow> earlier =
        rows.notifications(id).stream().filter(n -> n.recipient().equals(recipient)).toList();
    String phase = in.phase() == null ? (earlier.isEmpty() ? "initial" : "follow-up") : in.phase();
    if (!PHASES.contains(phase)) {
      errors.add(new FieldError("phase", "invalid", "Use initial, follow-up or final."));
    }
    Instant at = clock.instant();
    if (in.notifiedAt() != null) {
      try {
        at = OffsetDateTime.parse(in.notifiedAt().strip()).toInstant();
        if (at.isAfter(clock.instant())) {
          errors.add(new FieldError("notifiedAt", "future", "Must not be in the future."));
        } else if (at.isBefore(breach.awareAt())) {
          errors.add(new FieldError("notifiedAt", "before-awareness", "Is before the awareness."));
        }
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("notifiedAt", "invalid", "An ISO 8601 time with offset."));
      }
    }
    String channel =
        text(
            "channel",
            in.channel() == null && "datatilsynet".equals(recipient) ? "altinn" : in.channel(),
            100,
            true,
            errors);
    String reference = text("reference", in.reference(), 100, false, errors);
    String adds = text("adds", in.adds(), BreachCheck.TEXT, false, errors);
    String reasons = text("delayReasons", in.delayReasons(), BreachCheck.TEXT, false, errors);
    refuseIf(errors);
    boolean first = earlier.isEmpty();
    boolean late =
        "datatilsynet".equals(recipient) && first && BreachClock.late(breach.notifyBy(), at);
    if (late && reasons == null) {
      throw new ApiProblem(
          BreachProblem.DELAY_REASONS_REQUIRED,
          "The 72 hours ran out at "
              + BreachClock.shown(breach.notifyBy())
              + "; a later notification must give the reasons for the delay (GDPR Art. 33(1)).",
          List.of(
              new FieldError(
                  "delayReasons",
                  "required",
                  "Give the reasons why it was not notified in time.")));
    }
    NotificationRow n =
        new NotificationRow(
            UUID.randomUUID(),
            id,
            recipient,
            phase,
            at,
            channel == null ? "" : channel,
            reference,
            adds,
            late,
            reasons,
            actor,
            clock.instant());
    String document =
        "datatilsynet".equals(recipient)
            ? JSON.writeValueAsString(BreachDocument.of(breach, rows.notifications(id), clock))
            : null;
    rows.insertNotification(n, document);
    audited(actor, BreachAuditAction.BREACH_NOTIFICATION_RECORDED, id);
    return n;
  }

  private void audited(String actor, BreachAuditAction action, UUID id) {
    audit.record(
        AuditActor.of(actor).did(action, "breach", id.toString(), AuditRecord.Outcome.SUCCESS));
  }

  private static @Nullable String text(
      String field, @Nullable String value, int max, boolean required, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(new FieldError(field, "required", "Say how it was given (altinn, e-mail)."));
      }
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      errors.add(new FieldError(field, "invalid", "At most " + max + " characters."));
      return null;
    }
    return v;
  }

  static ApiProblem notFound() {
    return new ApiProblem(CommonProblem.NOT_FOUND, "No breach has this id.");
  }

  private static void refuseIf(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new ApiProblem(
          CommonProblem.VALIDATION_FAILED, "The breach is not valid; nothing was stored.", errors);
    }
  }
}
