package no.vern.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import no.vern.consent.ConsentStatus;
import no.vern.consent.Decision;
import no.vern.consent.Decision.Reason;
import no.vern.consent.RenewalPending;
import no.vern.consent.RestrictionGround;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DecisionRulesTests {

  static final Instant GIVEN_AT = Instant.parse("2025-03-01T10:00:00Z");
  static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
  static final Target NEWSLETTER =
      new Target("newsletter", List.of("newsletter"), List.of("A6-1-a"));
  static final Target DEBT_COLLECTION =
      new Target(null, List.of("debt-collection"), List.of("A6-1-f", "A6-1-c"));
  static final Target PROSPECTS = new Target(null, List.of("prospects"), List.of("A6-1-f"));
  static final Target EVENTS = new Target(null, List.of("events"), List.of("A6-1-b"));

  @Test
  void consentGivenAllowsSinceItWasGivenWithTheConsentBasis() {
    Decision d = decide(state(ConsentStatus.GIVEN, null, false), RenewalPending.KEEP);
    assertThat(d).isEqualTo(Decision.allow(Reason.CONSENT_GIVEN, GIVEN_AT, "A6-1-a"));
  }

  @Test
  void aRenewedConsentAllowsLikeAGivenOne() {
    assertThat(decide(state(ConsentStatus.RENEWED, null, false), RenewalPending.KEEP).reason())
        .isEqualTo(Reason.CONSENT_GIVEN);
  }

  @Test
  void neverAskedDeniesWithNoRecord() {
    assertThat(decide(null, RenewalPending.KEEP)).isEqualTo(Decision.deny(Reason.NO_RECORD, null));
  }

  @Test
  void anUnknownPersonIsDeniedWithNoRecordWhateverTheBasis() {
    assertThat(DecisionRules.beforeFlags(false, NEWSLETTER, null, NOW, RenewalPending.KEEP))
        .isEqualTo(Decision.deny(Reason.NO_RECORD, null));
    assertThat(DecisionRules.beforeFlags(false, DEBT_COLLECTION, null, NOW, RenewalPending.KEEP))
        .isEqualTo(Decision.deny(Reason.NO_RECORD, null));
  }

  @ParameterizedTest
  @EnumSource(
      value = ConsentStatus.class,
      names = {"REFUSED", "WITHDRAWN", "EXPIRED", "INVALIDATED"})
  void everyStatusOutOfForceDeniesWithItsOwnReasonSinceItHappened(ConsentStatus status) {
    Decision d = decide(state(status, null, false), RenewalPending.KEEP);
    assertThat(d.allowed()).isFalse();
    assertThat(d.reason().code()).isEqualTo(status.code());
    assertThat(d.since()).isEqualTo(GIVEN_AT);
  }

  @Test
  void aConsentPastItsMaximumAgeIsExpiredEvenBeforeTheSweepWritesIt() {
    Instant expires = Instant.parse("2025-06-01T10:00:00Z");
    Decision atTheMoment = decide(state(ConsentStatus.GIVEN, expires, false), RenewalPending.KEEP);
    assertThat(atTheMoment).isEqualTo(Decision.deny(Reason.EXPIRED, expires));
    Decision justBefore =
        DecisionRules.beforeFlags(
            true,
            NEWSLETTER,
            state(ConsentStatus.GIVEN, expires, false),
            expires.minusNanos(1000),
            RenewalPending.KEEP);
    assertThat(justBefore.allowed()).isTrue();
  }

  @Test
  void renewalPendingKeepsAllowingWhenSetToKeep() {
    Decision d = decide(state(ConsentStatus.GIVEN, null, true), RenewalPending.KEEP);
    assertThat(d.reason()).isEqualTo(Reason.CONSENT_GIVEN);
    assertThat(d.allowed()).isTrue();
  }

  @Test
  void renewalPendingDeniesWhenSetToDeny() {
    Decision d = decide(state(ConsentStatus.GIVEN, null, true), RenewalPending.DENY);
    assertThat(d).isEqualTo(Decision.deny(Reason.RENEWAL_REQUIRED, GIVEN_AT));
  }

  @Test
  void anActivityOnAnotherLegalBasisIsAllowedOnThatBasis() {
    Decision d = DecisionRules.beforeFlags(true, DEBT_COLLECTION, null, NOW, RenewalPending.DENY);
    assertThat(d).isEqualTo(Decision.allow(Reason.LEGAL_BASIS, null, "A6-1-f"));
  }

  @Test
  void aRestrictionLeavesOnlyTheLegalObligationAndSaysSo() {
    Decision d = after(DEBT_COLLECTION, new Limits(true, false, false));
    assertThat(d).isEqualTo(legalBasis(DEBT_COLLECTION).limited("A6-1-c", Reason.RESTRICTED));
    assertThat(after(PROSPECTS, new Limits(true, false, false)))
        .isEqualTo(Decision.deny(Reason.RESTRICTED, null));
  }

  @Test
  void anUpheldObjectionRemovesLegitimateInterestAndLeavesOtherBases() {
    assertThat(after(DEBT_COLLECTION, new Limits(false, true, false)))
        .isEqualTo(legalBasis(DEBT_COLLECTION).limited("A6-1-c", Reason.OBJECTED));
    assertThat(after(PROSPECTS, new Limits(false, true, false)))
        .isEqualTo(Decision.deny(Reason.OBJECTED, null));
    // Art. 21(1) does not reach a contract: the answer is untouched, not even marked.
    assertThat(after(EVENTS, new Limits(false, true, false))).isEqualTo(legalBasis(EVENTS));
  }

  @Test
  void anObjectionToDirectMarketingDeniesWhateverTheBasis() {
    Decision consent = decide(state(ConsentStatus.GIVEN, null, false), RenewalPending.KEEP);
    assertThat(DecisionRules.afterFlags(consent, NEWSLETTER, new Limits(false, false, true)))
        .isEqualTo(Decision.deny(Reason.OBJECTED, null));
    assertThat(after(EVENTS, new Limits(false, false, true)))
        .isEqualTo(Decision.deny(Reason.OBJECTED, null));
  }

  @Test
  void aDenyStaysWithItsOwnReasonWhateverTheFlags() {
    Decision withdrawn = Decision.deny(Reason.WITHDRAWN, GIVEN_AT);
    assertThat(DecisionRules.afterFlags(withdrawn, NEWSLETTER, new Limits(true, true, true)))
        .isEqualTo(withdrawn);
  }

  @Test
  void aRestrictedPersonWithConsentIsDeniedButAnObjectionUnder21_1DoesNotReachConsent() {
    Decision allowed = decide(state(ConsentStatus.GIVEN, null, false), RenewalPending.KEEP);
    assertThat(DecisionRules.afterFlags(allowed, NEWSLETTER, new Limits(true, false, false)))
        .isEqualTo(Decision.deny(Reason.RESTRICTED, null));
    assertThat(DecisionRules.afterFlags(allowed, NEWSLETTER, new Limits(false, true, false)))
        .isEqualTo(allowed);
  }

  @Test
  void aStatedArticle18_2GroundLetsARestrictionThroughMarkedButNeverPastDirectMarketing() {
    Limits restricted = new Limits(true, false, false);
    assertThat(
            DecisionRules.afterFlags(
                legalBasis(PROSPECTS), PROSPECTS, restricted, RestrictionGround.LEGAL_CLAIMS))
        .isEqualTo(legalBasis(PROSPECTS).limited("A6-1-f", Reason.RESTRICTED));
    Decision consent = decide(state(ConsentStatus.GIVEN, null, false), RenewalPending.KEEP);
    assertThat(
            DecisionRules.afterFlags(
                consent, NEWSLETTER, restricted, RestrictionGround.PROTECTION_OF_OTHERS))
        .isEqualTo(consent.limited("A6-1-a", Reason.RESTRICTED));
    assertThat(
            DecisionRules.afterFlags(
                consent,
                NEWSLETTER,
                new Limits(true, false, true),
                RestrictionGround.PUBLIC_INTEREST))
        .isEqualTo(Decision.deny(Reason.OBJECTED, null));
  }

  private static Decision legalBasis(Target target) {
    return DecisionRules.beforeFlags(true, target, null, NOW, RenewalPending.DENY);
  }

  private static Decision after(Target target, Limits limits) {
    return DecisionRules.afterFlags(legalBasis(target), target, limits);
  }

  private static Decision decide(ConsentState state, RenewalPending renewal) {
    return DecisionRules.beforeFlags(true, NEWSLETTER, state, NOW, renewal);
  }

  private static ConsentState state(ConsentStatus status, Instant expires, boolean renewal) {
    return new ConsentState(status, GIVEN_AT, expires, renewal);
  }
}
