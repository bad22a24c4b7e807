package no.vern.dsr.change;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import no.vern.audit.AuditActor;
import no.vern.dsr.DsrChangeAuditAction;
import no.vern.dsr.DsrChangeProblem;
import no.vern.dsr.domain.Right;
import no.vern.dsr.domain.Step;
import no.vern.dsr.request.ChangeRequests.Target;
import no.vern.retention.Erasures;
import no.vern.shared.identifier.IdentifierType;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import no.vern.subject.Identifier;
import no.vern.subject.RecordId;
import no.vern.subject.Rectifications;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectification (Art. 16): identifiers through the subject module (old blind index and ciphertext
 * deleted, the new value indexed and encrypted) and record fields (the record re-encrypted whole; a
 * new field completes incomplete data). The audit entry, the timeline and the event name the fields
 * ({@code email}, {@code data.address}), never a value; the person is mailed the names.
 */
@Service
class RequestRectifications {

  /** One record's corrections: top-level field names and their new values (null removes one). */
  record RecordFix(@Nullable UUID record, @Nullable Map<String, Object> fields) {}

  private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

  private final Changes changes;
  private final Rectifications rectifications;
  private final Erasures erasures;

  RequestRectifications(Changes changes, Rectifications rectifications, Erasures erasures) {
    this.changes = changes;
    this.rectifications = rectifications;
    this.erasures = erasures;
  }

  /** The names of what was corrected, in order. */
  @Transactional
  List<String> rectify(
      UUID id, Map<String, String> identifiers, List<RecordFix> fixes, AuditActor actor) {
    Target t = changes.working(id, Right.RECTIFICATION);
    SubjectId subject = changes.subject(t);
    List<Identifier> parsed = identifiers(identifiers);
    checkFields(fixes);
    List<String> fields = new ArrayList<>();
    Set<String> activities = new LinkedHashSet<>();
    for (Identifier identifier : parsed) {
      try {
        if (rectifications.replaceIdentifier(subject, identifier)) {
          fields.add(identifier.type().code());
        }
      } catch (IllegalArgumentException e) {
        throw invalid("identifiers." + identifier.type().code(), e.getMessage());
      } catch (IllegalStateException e) {
        throw new ApiProblem(
            DsrChangeProblem.IDENTIFIER_TAKEN,
            "Another person in Vern holds this " + identifier.type().code() + "; nothing changed.");
      }
    }
    if (!fields.isEmpty()) {
      // An identifier goes with every record: every activity's recipients hear of it (Art. 19).
      erasures.standing(subject).forEach(s -> activities.add(s.activity()));
    }
    for (int i = 0; i < fixes.size(); i++) {
      RecordFix fix = fixes.get(i);
      Optional<String> activity =
          rectifications.correctRecord(
              subject, new RecordId(java.util.Objects.requireNonNull(fix.record())), fix.fields());
      if (activity.isEmpty()) {
        throw invalid("records[" + i + "].record", "Not a record of this person.");
      }
      activities.add(activity.get());
      java.util.Objects.requireNonNull(fix.fields()).keySet().forEach(f -> fields.add("data." + f));
    }
    if (fields.isEmpty()) {
      return fields;
    }
    String names = String.join(",", fields);
    changes.note(t, Step.RECTIFIED, actor, names);
    changes.audit(actor, DsrChangeAuditAction.DSR_RECTIFIED, subject, names);
    changes.log(
        new ChangeLog.Change(
            t.id(),
            subject.value(),
            "rectification",
            null,
            null,
            "rectified",
            null,
            null,
            null,
            false,
            null,
            fields,
            changes.now(),
            Changes.label(actor)));
    changes.publish(id, subject, "rectified", List.copyOf(activities), fields);
    changes.mail(t, "rectification", Map.of("fields", names));
    return fields;
  }

  private static List<Identifier> identifiers(Map<String, String> given) {
    List<Identifier> out = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    given.forEach(
        (code, value) -> {
          Optional<IdentifierType> type = IdentifierType.fromCode(code);
          if (type.isEmpty() || value == null || value.isBlank()) {
            errors.add(
                new FieldError("identifiers." + code, "invalid", "A known type and a value."));
          } else {
            out.add(new Identifier(type.get(), value));
          }
        });
    if (!errors.isEmpty()) {
      throw new ApiProblem(CommonProblem.VALIDATION_FAILED, "Nothing was corrected.", errors);
    }
    return out;
  }

  private static void checkFields(List<RecordFix> fixes) {
    for (int i = 0; i < fixes.size(); i++) {
      RecordFix fix = fixes.get(i);
      if (fix == null || fix.record() == null) {
        throw invalid("records[" + i + "].record", "Name the record.");
      }
      if (fix.fields() == null || fix.fields().isEmpty()) {
        throw invalid("records[" + i + "].fields", "Name at least one field.");
      }
      for (String name : fix.fields().keySet()) {
        if (!FIELD.matcher(name).matches()) {
          throw invalid("records[" + i + "].fields", "A field name is a plain word.");
        }
      }
    }
  }

  private static ApiProblem invalid(String field, @Nullable String message) {
    return new ApiProblem(
        CommonProblem.VALIDATION_FAILED,
        "Nothing was corrected.",
        List.of(new FieldError(field, "invalid", message == null ? "Invalid." : message)));
  }
}
