package no.vern.retention.domain;

import java.util.List;
import java.util.Map;

/**
 * Where a retention trigger's date comes from, by the inventory's trigger id. The inventory names
 * triggers freely; the ids Vern knows are dated from the record itself (collected, the fiscal year
 * of collection), from a record column that intake fills, or from events other systems report. An
 * id Vern does not know is dated by reported events of the same id only, so a record under it is
 * "waiting for trigger" until one arrives, never silently kept for ever.
 */
public enum TriggerKind {
  /** The day the data was collected. */
  COLLECTED(null),
  /** 31 December of the year of collection (bokføringsloven § 13 counts from the fiscal year). */
  FISCAL_YEAR_END(null),
  /** A record column filled at intake, or a later reported event, whichever is later. */
  LAST_CONTACT("last_contact_at"),
  CASE_CLOSED("case_closed_at"),
  /** Ended and settled: the later of the two, once the relationship has ended. */
  RELATIONSHIP_ENDED("relationship_ended_at"),
  /**
   * The customer relationship ended or the one-off transaction was carried out, settled or not
   * (hvitvaskingsloven § 30): the same column, or a later reported event of the rule's own id.
   */
  CUSTOMER_RELATIONSHIP_ENDED("relationship_ended_at"),
  /** Only a reported event of the rule's own trigger id dates it. */
  REPORTED(null);

  /** The event that, with relationship-ended, completes "ended and everything is settled". */
  public static final String SETTLED = "settled";

  private static final Map<String, TriggerKind> KNOWN =
      Map.of(
          "collected", COLLECTED,
          "fiscal-year-end", FISCAL_YEAR_END,
          "last-contact", LAST_CONTACT,
          "case-closed", CASE_CLOSED,
          "relationship-ended", RELATIONSHIP_ENDED,
          "aml-relationship-ended", CUSTOMER_RELATIONSHIP_ENDED);

  private final String column;

  TriggerKind(String column) {
    this.column = column;
  }

  public static TriggerKind of(String triggerId) {
    return KNOWN.getOrDefault(triggerId, REPORTED);
  }

  /** The record column intake fills for this trigger, or null. */
  public String column() {
    return column;
  }

  /**
   * Whether other systems may report this trigger's date (collection and year ends they may not).
   */
  public boolean reportable() {
    return this != COLLECTED && this != FISCAL_YEAR_END;
  }

  /** The trigger ids a record or subject may have events for, besides the declared ones. */
  public static List<String> extraEvents() {
    return List.of(SETTLED);
  }
}
