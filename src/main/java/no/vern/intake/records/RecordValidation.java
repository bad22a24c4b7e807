package no.vern.intake.records;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.vern.inventory.Activity;
import no.vern.inventory.ProcessingInventory;
import no.vern.inventory.Source;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import no.vern.subject.Identifier;
import no.vern.subject.IdentifierInput;
import no.vern.subject.NewRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a record request against the active inventory and the identifier rules, collecting every
 * error before anything is stored. Messages never contain the values sent: they are personal data.
 */
@Component
public class RecordValidation {

  public static final int MAX_DATA_KEYS = 100;
  static final int MAX_SOURCE_LENGTH = 200;

  private final ProcessingInventory inventory;
  private final Clock clock;

  RecordValidation(ProcessingInventory inventory, Clock clock) {
    this.inventory = inventory;
    this.clock = clock;
  }

  /** The command, or an {@link ApiProblem} listing every field error. */
  public RecordCommand validate(RecordRequest request) {
    return validate(request, List.of());
  }

  /**
   * As {@link #validate(RecordRequest)}, with errors found before the request could be built (a CSV
   * row's unreadable date) reported together with the others.
   */
  public RecordCommand validate(RecordRequest request, List<FieldError> earlier) {
    List<FieldError> errors = new ArrayList<>(earlier);
    Optional<Activity> activity = activity(request.activity(), errors);
    Optional<Source> source = activity.flatMap(a -> source(a, request.source(), errors));
    if (activity.isEmpty()) {
      sourceShape(request.source(), errors);
    }
    return command(request, activity, source, errors);
  }

  /**
   * As {@link #validate(RecordRequest, List)} for a row of an import whose activity and source were
   * checked once for the whole file ({@link #target}); the request's own activity and source are
   * not looked at.
   */
  public RecordCommand validate(RecordRequest request, List<FieldError> earlier, Target target) {
    return command(
        request,
        Optional.of(target.activity()),
        Optional.of(target.source()),
        new ArrayList<>(earlier));
  }

  private RecordCommand command(
      RecordRequest request,
      Optional<Activity> activity,
      Optional<Source> source,
      List<FieldError> errors) {
    List<Identifier> identifiers =
        IdentifierInput.byType(request.identifiers(), "identifiers", errors);
    Map<String, Object> data = data(request.data(), errors);
    Instant now = clock.instant();
    Instant collectedAt = request.collectedAt() == null ? now : request.collectedAt();
    if (collectedAt.isAfter(now)) {
      errors.add(new FieldError("collectedAt", "future", "Must not be in the future."));
    }
    notBefore(collectedAt, request.firstCommunicationAt(), "firstCommunicationAt", errors);
    notBefore(collectedAt, request.firstDisclosureAt(), "firstDisclosureAt", errors);
    if (!errors.isEmpty()) {
      throw new ApiProblem(
          CommonProblem.VALIDATION_FAILED,
          "The record has invalid fields; nothing was stored.",
          errors);
    }
    return new RecordCommand(
        identifiers,
        new NewRecord(
            activity.get().controller(),
            activity.get().id(),
            request.source().strip(),
            collectedAt,
            data,
            InformBy.of(
                source.get(),
                collectedAt,
                request.firstCommunicationAt(),
                request.firstDisclosureAt()),
            request.lastContactAt(),
            request.relationshipEndedAt(),
            request.caseClosedAt()));
  }

  /** The activity and source an import names once for all its rows. */
  public record Target(Activity activity, Source source) {}

  /**
   * The activity and the source of an import, checked before any row is read: a wrong one is
   * refused with a 400 listing both.
   */
  public Target target(String activity, String source) {
    List<FieldError> errors = new ArrayList<>();
    Optional<Activity> found = activity(activity, errors);
    Optional<Source> declared = found.flatMap(a -> source(a, source, errors));
    if (found.isEmpty()) {
      sourceShape(source, errors);
    }
    if (!errors.isEmpty()) {
      throw new ApiProblem(
          CommonProblem.VALIDATION_FAILED,
          "The import names no valid activity and source; nothing was read.",
          errors);
    }
    return new Target(found.get(), declared.get());
  }

  /**
   * The person cannot be told before the data exists: a first letter or disclosure dated before the
   * collection is a mistake in the request, and would give an Art. 14 date already past.
   */
  private static void notBefore(
      Instant collectedAt, @Nullable Instant at, String field, List<FieldError> errors) {
    if (at != null && at.isBefore(collectedAt)) {
      errors.add(new FieldError(field, "before-collection", "Must not be before collectedAt."));
    }
  }

  private Optional<Activity> activity(String id, List<FieldError> errors) {
    if (id == null || id.isBlank()) {
      errors.add(new FieldError("activity", "required", "Name the processing activity."));
      return Optional.empty();
    }
    Optional<Activity> found =
        inventory.active().stream()
            .flatMap(v -> v.inventory().activities().stream())
            .filter(a -> a.id().equals(id.strip()))
            .findFirst();
    if (found.isEmpty()) {
      errors.add(
          new FieldError(
              "activity", "unknown", "Not an activity of the active processing inventory."));
    }
    return found;
  }

  /**
   * The inventory's sources have no ids: a request names one by its kind ({@code third-party}) or
   * by its intake channel ({@code case-portal}), and only a source the activity declares is taken.
   */
  private static Optional<Source> source(Activity activity, String given, List<FieldError> errors) {
    if (!sourceShape(given, errors)) {
      return Optional.empty();
    }
    String name = given.strip();
    Optional<Source> found =
        activity.sources().stream()
            .filter(s -> name.equals(s.channel()))
            .findFirst()
            .or(
                () ->
                    activity.sources().stream()
                        .filter(s -> s.kind().code().equals(name))
                        .findFirst());
    if (found.isEmpty()) {
      errors.add(
          new FieldError(
              "source",
              "unknown",
              "Not a source of this activity; use one of its source kinds or channels."));
    }
    return found;
  }

  private static boolean sourceShape(String given, List<FieldError> errors) {
    if (given == null || given.isBlank()) {
      errors.add(new FieldError("source", "required", "Name the source or channel."));
      return false;
    }
    if (given.length() > MAX_SOURCE_LENGTH) {
      errors.add(
          new FieldError("source", "length", "At most " + MAX_SOURCE_LENGTH + " characters."));
      return false;
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> data(Object data, List<FieldError> errors) {
    if (data == null) {
      errors.add(new FieldError("data", "required", "Give the data as a JSON object."));
      return Map.of();
    }
    if (!(data instanceof Map<?, ?> map)) {
      errors.add(new FieldError("data", "format", "Must be a JSON object."));
      return Map.of();
    }
    if (map.size() > MAX_DATA_KEYS) {
      errors.add(new FieldError("data", "size", "At most " + MAX_DATA_KEYS + " keys."));
    }
    return (Map<String, Object>) map;
  }
}
