package no.vern.dsr.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.vern.inventory.Activity;
import no.vern.inventory.Inventory;
import no.vern.policy.PolicyExamples;
import no.vern.retention.Erasures.Hold;
import no.vern.retention.Erasures.Standing;
import no.vern.subject.RecordId;
import org.junit.jupiter.api.Test;

/** Erase or keep, and why, per record of the debt-collection example (Art. 17(3)). */
class ErasureProposalsTests {

  private static final Inventory EXAMPLE = PolicyExamples.debtCollectionGroup();
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @Test
  void accountingIsKeptUntilItsDueDayUnderTheBookkeepingActAndThenProposedForErasure() {
    Proposal before = propose("accounting-primary", LocalDate.of(2031, 12, 31), null, List.of());
    assertThat(before.proposal()).isEqualTo("keep");
    assertThat(before.ground()).isEqualTo("legal-obligation");
    assertThat(before.reference()).isEqualTo("bokføringsloven § 13 andre ledd");
    assertThat(before.keptUntil()).isEqualTo(LocalDate.of(2031, 12, 31));
    Proposal after = propose("accounting-primary", TODAY, null, List.of());
    assertThat(after.proposal()).isEqualTo("erase");
  }

  @Test
  void aHoldWinsOverEverythingAndKeepsTheRecordUntilItsReviewDay() {
    UUID hold = UUID.randomUUID();
    Proposal p =
        propose("newsletter", null, null, List.of(new Hold(hold, LocalDate.of(2027, 1, 1))));
    assertThat(p.ground()).isEqualTo("legal-hold");
    assertThat(p.holds()).containsExactly(hold);
    assertThat(p.keptUntil()).isEqualTo(LocalDate.of(2027, 1, 1));
  }

  @Test
  void anOpenCaseIsKeptForLegalClaimsWithTheRuleInWordsAndAClosedOneIsErased() {
    Proposal open = propose("debt-collection", null, "K-2026-1", List.of());
    assertThat(open.ground()).isEqualTo("legal-claims");
    assertThat(open.keptUntil()).isNull();
    assertThat(open.untilWords()).contains("tre år etter at saken er avsluttet");
    Standing closed =
        new Standing(
            new RecordId(UUID.randomUUID()),
            "debt-collection",
            TODAY.minusYears(1),
            TODAY.plusYears(2),
            "case-closed",
            "K-2026-1",
            List.of());
    assertThat(
            ErasureProposals.propose(closed, activity("debt-collection"), TODAY, "nb").proposal())
        .isEqualTo("erase");
  }

  @Test
  void newsletterAndMarketingDataAreProposedForErasure() {
    assertThat(propose("newsletter", null, null, List.of()).proposal()).isEqualTo("erase");
    assertThat(propose("prospect-research", null, null, List.of()).proposal()).isEqualTo("erase");
  }

  private static Proposal propose(
      String activity, LocalDate due, String caseReference, List<Hold> holds) {
    Optional<Activity> a = activity(activity);
    Standing s =
        new Standing(
            new RecordId(UUID.randomUUID()),
            activity,
            null,
            due,
            a.orElseThrow().retention().trigger(),
            caseReference,
            holds);
    return ErasureProposals.propose(s, a, TODAY, "nb");
  }

  private static Optional<Activity> activity(String id) {
    return EXAMPLE.activities().stream().filter(a -> a.id().equals(id)).findFirst();
  }
}
