package no.vern.intake.domain.screening;

import static no.vern.intake.domain.screening.Category.CRIMINAL_OFFENCE;
import static no.vern.intake.domain.screening.Category.HEALTH;
import static no.vern.intake.domain.screening.Category.TRADE_UNION;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconScreeningTests {

  private final Screener screener = Screener.withBundledLexicons();

  @Test
  void matchesNorwegianCompoundsByTheirStem() {
    assertThat(screener.screen("Jeg har vært sykemeldt").categories()).containsExactly(HEALTH);
    assertThat(screener.screen("Sykemeldingen er vedlagt").categories()).containsExactly(HEALTH);
    assertThat(screener.screen("Kona mi har brystkreft").categories()).containsExactly(HEALTH);
  }

  @Test
  void matchesPhrasesWithAWordInBetween() {
    assertThat(screener.screen("I was very ill in May").categories()).containsExactly(HEALTH);
    assertThat(screener.screen("Jeg var veldig syk i mai").categories()).containsExactly(HEALTH);
  }

  @Test
  void matchesAcrossHyphensAndCase() {
    assertThat(screener.screen("Som LO-medlem har jeg fått hjelp").categories())
        .containsExactly(TRADE_UNION);
  }

  @Test
  void aCriminalSentenceCountsButACivilJudgmentForADebtDoesNot() {
    assertThat(screener.screen("Jeg ble dømt for underslag").categories())
        .containsExactly(CRIMINAL_OFFENCE);
    assertThat(screener.screen("Jeg ble dømt til å betale i forliksrådet").isClean()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sykt dårlig service",
        "Kan dere bekrefte betalingen?",
        "Vi har gitt en gave til Kreftforeningen",
        "Ny adresse: Kirkegata 12",
        "Domenet deres ser rart ut",
        "Saken er sendt til domstolen",
        "Inkassosaken gjelder faktura 1001",
        "Our company policy on payments",
        "The European Union's new directive",
        "We found a race condition in the portal",
        "I'm sick of waiting",
        "12 Church Street, Bristol",
        "I acted in good faith",
        "The certificate fingerprint does not match",
        "I was charged with a late fee"
      })
  void leavesOrdinaryBusinessTextAlone(String text) {
    assertThat(screener.screen(text).findings()).isEmpty();
  }

  @Test
  void reportsSpansInTheOriginalTextThroughNormalisation() {
    // Full-width letters fold to ASCII; "a" + combining ring folds to one "å" and must not shift
    // the positions after it.
    String text = "\uff29 \uff57\uff41\uff53 \uff49\uff4c\uff4c, ble lagt inn pa\u030a sykehus";
    var findings = screener.screen(text).findings();
    assertThat(findings).extracting(Finding::category).containsOnly(HEALTH);
    assertThat(text.substring(findings.get(0).start(), findings.get(0).end()))
        .isEqualTo("\uff57\uff41\uff53 \uff49\uff4c\uff4c");
    assertThat(text.substring(findings.get(1).start(), findings.get(1).end())).isEqualTo("sykehus");
  }

  @Test
  void aFindingNeverPrintsWhatItMatched() {
    var finding = screener.screen("Jeg har hiv").findings().get(0);
    assertThat(finding.toString()).doesNotContainIgnoringCase("hiv");
  }
}
