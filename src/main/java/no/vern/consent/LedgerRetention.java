package no.vern.consent;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/**
 * The retention of the consent ledger itself: a consent that ended (refused, withdrawn, expired,
 * invalidated) is proof the controller keeps for a stated period (the inventory's {@code
 * consent-ledger} activity), counted from the day it ended (Europe/Oslo), and then its events,
 * receipts and state go. Consents in force are never touched. For the retention sweep; joins the
 * caller's transaction and audits nothing (the sweep's run is the evidence).
 */
public interface LedgerRetention {

  /** Removes the ledgers of at most {@code limit} ended consents due by {@code day}; how many. */
  int purgeEnded(Period period, LocalDate day, int limit);

  /** How many ended consents fall due on each day up to {@code until}. */
  Map<LocalDate, Long> dueEnded(Period period, LocalDate until);
}
