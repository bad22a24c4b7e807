package no.vern.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.vern.inventory.Activity;
import no.vern.inventory.Inventory;
import no.vern.inventory.LegalGround;
import no.vern.inventory.Recipient;
import no.vern.shared.problem.FieldError;
import no.vern.shared.time.Deadlines;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import org.jspecify.annotations.Nullable;

/** The checks of one report; adds an error per mistake, a disclosure when there is none. */
final class DisclosureCheck {

  private final Inventory active;
  private final SubjectRegistry registry;
  private final Clock clock;
  private final String at;
  private final List<FieldError> errors;
  private final int before;

  DisclosureCheck(
      Inventory active, SubjectRegistry registry, Clock clock, String at, List<FieldError> errors) {
    this.active = active;
    this.registry = registry;
    this.clock = clock;
    this.at = at;
    this.errors = errors;
    this.before = errors.size();
  }

  Optional<NewDisclosure> of(DisclosureReport r) {
    SubjectId subject = subject(r.subject());
    Activity activity = activity(r.activity());
    Recipient recipient = recipient(r.recipient(), activity);
    Instant disclosedAt = when(r.disclosedAt());
    List<String> categories = categories(r.dataCategories(), activity);
    List<String> bases = bases(r.legalBasis(), activity);
    String reference = text("caseReference", r.caseReference(), 100);
    boolean confidential = Boolean.TRUE.equals(r.confidential());
    String ground = text("confidentialGround", r.confidentialGround(), 200);
    if (confidential && ground == null) {
      fail(
          "confidentialGround",
          "required",
          "A confidential disclosure needs the law that keeps it from the person, such as"
              + " \"hvitvaskingsloven § 28\".");
    } else if (!confidential && ground != null) {
      fail("confidentialGround", "invalid", "Only with \"confidential\": true.");
    }
    if (errors.size() > before
        || subject == null
        || activity == null
        || recipient == null
        || disclosedAt == null) {
      return Optional.empty();
    }
    return Optional.of(
        new NewDisclosure(
            subject,
            recipient.id(),
            recipient.kind() == null ? null : recipient.kind().code(),
            List.of(activity.id()),
            bases,
            categories,
            disclosedAt,
            DisclosureReports.REASON,
            0,
            reference,
            DisclosureReports.transfer(recipient),
            confidential,
            ground,
            null));
  }

  private @Nullable SubjectId subject(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return fail("subject", "required", "Give the data subject's id.");
    }
    try {
      return registry
          .current(new SubjectId(UUID.fromString(value.strip())))
          .orElseGet(() -> fail("subject", "unknown", "No data subject has this id."));
    } catch (IllegalArgumentException e) {
      return fail("subject", "invalid", "A data subject's id (a UUID).");
    }
  }

  private @Nullable Activity activity(@Nullable String id) {
    return active.activities().stream()
        .filter(a -> a.id().equals(id))
        .findFirst()
        .orElseGet(
            () ->
                fail(
                    "activity",
                    id == null ? "required" : "unknown",
                    "Use the id of an activity of the inventory in force."));
  }

  private @Nullable Recipient recipient(@Nullable String id, @Nullable Activity activity) {
    Optional<Recipient> found =
        active.recipients().stream().filter(x -> x.id().equals(id)).findFirst();
    if (found.isEmpty()) {
      return fail(
          "recipient",
          id == null ? "required" : "unknown",
          "Use the id of a recipient of the inventory in force.");
    }
    if (activity != null && !activity.recipients().contains(id)) {
      return fail(
          "recipient",
          "not-a-recipient-of-activity",
          "The inventory does not name this recipient for "
              + activity.id()
              + "; its recipients are "
              + String.join(", ", activity.recipients())
              + ". Add it to the inventory first if the disclosure was lawful.");
    }
    return found.get();
  }

  private @Nullable Instant when(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return fail("disclosedAt", "required", "Give when the data was disclosed.");
    }
    Instant when;
    try {
      when =
          value.length() == 10
              ? LocalDate.parse(value).atStartOfDay(Deadlines.NORWAY).toInstant()
              : OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      return fail(
          "disclosedAt", "invalid", "A date (2026-01-31) or a time with offset (ISO 8601).");
    }
    if (when.isAfter(clock.instant())) {
      return fail("disclosedAt", "future", "Must not be in the future.");
    }
    if (when.isBefore(Instant.parse("1900-01-01T00:00:00Z"))) {
      return fail("disclosedAt", "range", "Must be after 1900.");
    }
    return when;
  }

  private List<String> categories(@Nullable List<String> given, @Nullable Activity activity) {
    if (given == null || given.isEmpty()) {
      fail("dataCategories", "required", "Name at least one data category that was disclosed.");
      return List.of();
    }
    LinkedHashSet<String> unique = new LinkedHashSet<>();
    for (int i = 0; i < given.size(); i++) {
      String c = given.get(i);
      if (activity != null && (c == null || !activity.dataCategories().contains(c))) {
        fail(
            "dataCategories[" + i + "]",
            "not-a-category-of-activity",
            "Use the activity's data categories: "
                + String.join(", ", activity.dataCategories())
                + ".");
      } else if (c != null) {
        unique.add(c);
      }
    }
    return List.copyOf(unique);
  }

  /** The basis named, which must be one of the activity's; by default all of them. */
  private List<String> bases(@Nullable String given, @Nullable Activity activity) {
    if (activity == null) {
      return List.of();
    }
    List<String> codes =
        activity.legalBases().stream()
            .map(LegalGround::basis)
            .map(b -> b.code())
            .distinct()
            .toList();
    if (given == null) {
      return codes;
    }
    if (!codes.contains(given)) {
      fail(
          "legalBasis",
          "not-a-basis-of-activity",
          "Use one of the activity's legal bases: " + String.join(", ", codes) + ".");
      return List.of();
    }
    return List.of(given);
  }

  private @Nullable String text(String field, @Nullable String value, int max) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    if (v.isEmpty() || v.length() > max || v.chars().anyMatch(Character::isISOControl)) {
      return fail(field, "invalid", "1 to " + max + " characters, on one line.");
    }
    return v;
  }

  private <T> @Nullable T fail(String field, String code, String message) {
    errors.add(new FieldError(at + field, code, message));
    return null;
  }
}
