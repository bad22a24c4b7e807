package no.vern.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import no.vern.consent.ConsentStatus;
import no.vern.consent.Decision;
import no.vern.consent.Decision.Reason;
import no.vern.consent.RenewalPending;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DecisionRulesTests {

  static final Instant GIVEN_AT = Instant.parse("2025-03-01T10:00:00Z");
  static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
  static final Target NEWSLETTER = new Target("newsletter", List.of("newsletter"), "A6-1-a");
  static final Target DEBT_COLLECTION = new Target(null, List.of("debt-collection"), "A6-1-f");

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
  void restrictionThenObjectionTurnAnAllowIntoADeny() {
    Decision allowed = Decision.allow(Reason.LEGAL_BASIS, null, "A6-1-f");
    assertThat(DecisionRules.afterFlags(allowed, true, true).reason()).isEqualTo(Reason.RESTRICTED);
    assertThat(DecisionRules.afterFlags(allowed, false, true).reason()).isEqualTo(Reason.OBJECTED);
    assertThat(DecisionRules.afterFlags(allowed, false, false)).isEqualTo(allowed);
  }

  @Test
  void aDenyStaysWithItsOwnReasonWhateverTheFlags() {
    Decision withdrawn = Decision.deny(Reason.WITHDRAWN, GIVEN_AT);
    assertThat(DecisionRules.afterFlags(withdrawn, true, true)).isEqualTo(withdrawn);
  }

  @Test
  void aRestrictedPersonWithConsentIsDenied() {
    Decision allowed = decide(state(ConsentStatus.GIVEN, null, false), RenewalPending.KEEP);
    assertThat(DecisionRules.afterFlags(allowed, true, false))
        .isEqualTo(Decision.deny(Reason.RESTRICTED, null));
  }

  private static Decision decide(ConsentState state, RenewalPending renewal) {
    return DecisionRules.beforeFlags(true, NEWSLETTER, state, NOW, renewal);
  }

  private static ConsentState state(ConsentStatus status, Instant expires, boolean renewal) {
    return new ConsentState(status, GIVEN_AT, expires, renewal);
  }
}
