package no.vern.intake.domain.screening;

import static no.vern.intake.domain.screening.Category.HEALTH;
import static no.vern.intake.domain.screening.Category.PAYMENT_CARD;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScreeningPolicyTests {

  private static final String SENSITIVE =
      "I was ill and could not pay. Charge " + ScreeningFixtures.VISA_TEST + " today.";

  private final ScreeningPolicy policy = new ScreeningPolicy(Screener.withBundledLexicons());

  @ParameterizedTest
  @EnumSource(ScreeningAction.class)
  void cleanTextIsAcceptedUnchangedWhateverTheAction(ScreeningAction action) {
    String text = "Kan jeg få en nedbetalingsplan?";
    assertThat(policy.apply(text, action)).isEqualTo(new Outcome.Accepted(text));
  }

  @Test
  void acceptKeepsSensitiveTextAsItIs() {
    assertThat(policy.apply(SENSITIVE, ScreeningAction.ACCEPT))
        .isEqualTo(new Outcome.Accepted(SENSITIVE));
  }

  @Test
  void flagKeepsTheTextAndNamesTheCategoriesForTheReviewer() {
    var outcome = (Outcome.Flagged) policy.apply(SENSITIVE, ScreeningAction.FLAG);
    assertThat(outcome.text()).isEqualTo(SENSITIVE);
    assertThat(outcome.categories()).containsExactly(HEALTH, PAYMENT_CARD);
  }

  @Test
  void redactReplacesExactlyTheFoundSpans() {
    var outcome = (Outcome.Redacted) policy.apply(SENSITIVE, ScreeningAction.REDACT);
    assertThat(outcome.text()).isEqualTo("I […] and could not pay. Charge […] today.");
    assertThat(outcome.categories()).containsExactly(HEALTH, PAYMENT_CARD);
  }

  @Test
  void refuseStoresNothingAndPointsToTheMessage() {
    var outcome = (Outcome.Refused) policy.apply(SENSITIVE, ScreeningAction.REFUSE);
    assertThat(outcome.messageKey()).isEqualTo("intake.screening.refused");
    assertThat(outcome.categories()).containsExactly(HEALTH, PAYMENT_CARD);
  }

  @Test
  void noOutcomePrintsTheText() {
    for (ScreeningAction action : ScreeningAction.values()) {
      assertThat(policy.apply(SENSITIVE, action).toString()).doesNotContain("ill", "4111");
    }
  }
}
