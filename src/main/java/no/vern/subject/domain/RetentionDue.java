package no.vern.subject.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;

/**
 * When a record's retention period ends: the activity's period counted from the day its trigger
 * happened, in Norway. Vern records four trigger dates per record (collected, last contact,
 * relationship ended, case closed); a rule counting from another event (a fiscal year's end, an
 * unsubscribe) cannot be dated from the record alone.
 */
public record RetentionDue(State state, LocalDate day) {

  public enum State {
    /** The period ends on {@code day}. */
    DUE,
    /** The trigger is one Vern records, and it has not happened for this record yet. */
    NOT_YET,
    /** The trigger is an event Vern does not record per record. */
    NOT_RECORDED,
    /** The activity has no retention rule (or it is no longer in the inventory). */
    NO_RULE
  }

  /** The dates a record keeps for its retention trigger; null when not (yet) known. */
  public record TriggerDates(
      Instant collected, Instant lastContact, Instant relationshipEnded, Instant caseClosed) {}

  /** The triggers Vern dates per record, by the inventory's trigger ids. */
  private static final Map<String, Function<TriggerDates, Instant>> RECORDED =
      Map.of(
          "collected", TriggerDates::collected,
          "last-contact", TriggerDates::lastContact,
          "relationship-ended", TriggerDates::relationshipEnded,
          "case-closed", TriggerDates::caseClosed);

  public static RetentionDue of(String trigger, Period period, TriggerDates dates, ZoneId zone) {
    if (trigger == null || period == null) {
      return new RetentionDue(State.NO_RULE, null);
    }
    if (!RECORDED.containsKey(trigger)) {
      return new RetentionDue(State.NOT_RECORDED, null);
    }
    Instant from = RECORDED.get(trigger).apply(dates);
    if (from == null) {
      return new RetentionDue(State.NOT_YET, null);
    }
    return new RetentionDue(State.DUE, from.atZone(zone).toLocalDate().plus(period));
  }
}
