package no.vern.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import no.vern.consent.ConsentStatus;
import org.junit.jupiter.api.Test;

class ConsentTransitionsTests {

  static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
  static final Instant EARLIER = Instant.parse("2025-01-31T10:00:00Z");

  @Test
  void aFirstConsentIsGiven() {
    assertThat(ConsentTransitions.recorded(ConsentStatus.GIVEN, null, NOW))
        .isEqualTo(ConsentStatus.GIVEN);
  }

  @Test
  void givingAgainAfterWithdrawalOrRefusalIsAFreshConsent() {
    for (ConsentStatus before :
        new ConsentStatus[] {ConsentStatus.WITHDRAWN, ConsentStatus.REFUSED}) {
      var state = new ConsentState(before, EARLIER, null, false);
      assertThat(ConsentTransitions.recorded(ConsentStatus.GIVEN, state, NOW))
          .isEqualTo(ConsentStatus.GIVEN);
    }
  }

  @Test
  void givingAgainAfterExpiryOrForARenewalIsRecordedAsRenewed() {
    var expired = new ConsentState(ConsentStatus.EXPIRED, EARLIER, null, false);
    var pastMaxAgeNotYetSwept = new ConsentState(ConsentStatus.GIVEN, EARLIER, EARLIER, false);
    var awaitingRenewal = new ConsentState(ConsentStatus.GIVEN, EARLIER, null, true);
    for (ConsentState state :
        new ConsentState[] {expired, pastMaxAgeNotYetSwept, awaitingRenewal}) {
      assertThat(ConsentTransitions.recorded(ConsentStatus.GIVEN, state, NOW))
          .as("%s", state)
          .isEqualTo(ConsentStatus.RENEWED);
    }
  }

  @Test
  void otherDecisionsAreRecordedAsAsked() {
    var awaitingRenewal = new ConsentState(ConsentStatus.GIVEN, EARLIER, null, true);
    assertThat(ConsentTransitions.recorded(ConsentStatus.WITHDRAWN, awaitingRenewal, NOW))
        .isEqualTo(ConsentStatus.WITHDRAWN);
  }

  @Test
  void aConsentInForceExpiresAfterTheMaximumAgeOnTheUtcCalendar() {
    ConsentState state = ConsentTransitions.after(ConsentStatus.GIVEN, EARLIER, Period.ofMonths(1));
    // 31 January plus a month is the last day of February, as PostgreSQL counts it too.
    assertThat(state.expiresAt()).isEqualTo(Instant.parse("2025-02-28T10:00:00Z"));
    assertThat(state.since()).isEqualTo(EARLIER);
    assertThat(state.renewalRequired()).isFalse();
  }

  @Test
  void withoutMaximumAgeOrOutOfForceNothingExpires() {
    assertThat(ConsentTransitions.after(ConsentStatus.GIVEN, NOW, null).expiresAt()).isNull();
    assertThat(
            ConsentTransitions.after(ConsentStatus.WITHDRAWN, NOW, Period.ofYears(1)).expiresAt())
        .isNull();
  }
}
