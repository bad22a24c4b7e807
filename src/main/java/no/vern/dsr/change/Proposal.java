package no.vern.dsr.change;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Vern's proposal for one record of an erasure request: erase, or keep with the legal ground and
 * until when. {@code ground}: {@code legal-hold} (Art. 17(3)(e), a hold names it), {@code
 * legal-obligation} (17(3)(b), the activity's retention rule names the law), {@code legal-claims}
 * (17(3)(e), an open case); null for erase. {@code keptUntil} is the record's due day under its
 * rule, or the hold's review day; null when it cannot be known yet (the case is still open).
 */
record Proposal(
    UUID record,
    String activity,
    String activityName,
    String proposal,
    @Nullable String ground,
    @Nullable String reference,
    List<UUID> holds,
    @Nullable LocalDate keptUntil,
    @Nullable String untilWords) {

  static final String ERASE = "erase";
  static final String KEEP = "keep";

  Proposal {
    holds = List.copyOf(holds);
  }

  boolean keep() {
    return KEEP.equals(proposal);
  }
}
