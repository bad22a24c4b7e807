package no.vern.shared.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import no.vern.shared.retention.RetentionWording.Trigger;
import org.junit.jupiter.api.Test;

/** The one wording of a retention rule, as staff and as the person read it, in both languages. */
class RetentionWordingTests {

  private final RetentionWording en = RetentionWording.in("en");
  private final RetentionWording nb = RetentionWording.in("nb");
  private final Trigger closed = Trigger.described("When the case is closed");
  private final Trigger avsluttet = Trigger.described("Når saken er avsluttet");

  @Test
  void staffReadTheRuleAsAnInstructionWithTheTriggerQuoted() {
    assertThat(en.rule(Period.ofYears(3), "anonymise", closed))
        .isEqualTo("3 years after «When the case is closed», then anonymise");
    assertThat(nb.rule(Period.ofYears(3), "anonymise", avsluttet))
        .isEqualTo("3 år etter «Når saken er avsluttet», deretter anonymiseres");
    assertThat(en.rule(Period.of(3, 6, 0), "delete", Trigger.code("fiscal-year-end")))
        .isEqualTo("3 years and 6 months after fiscal year end, then delete");
    assertThat(nb.rule(Period.ofMonths(1), null, Trigger.code(null)))
        .isEqualTo("1 måned etter ?, deretter slettes");
  }

  @Test
  void aZeroPeriodActsAtOnceAndAMissingOneIsAQuestionMark() {
    assertThat(en.rule(Period.ZERO, "delete", Trigger.described("When you unsubscribe")))
        .isEqualTo("At once on «When you unsubscribe», then delete");
    assertThat(nb.rule(Period.ZERO, "delete", Trigger.described("Når du melder deg av")))
        .isEqualTo("Straks ved «Når du melder deg av», deretter slettes");
    assertThat(en.rule(null, "delete", Trigger.code("collected")))
        .isEqualTo("? after collected, then delete");
  }

  @Test
  void theSubjectPageSaysWhyADueDateIsNotKnownYet() {
    assertThat(en.notYet(Period.ofYears(3), closed))
        .isEqualTo("3 years after «When the case is closed»: that has not happened yet");
    assertThat(nb.notYet(Period.ofYears(3), avsluttet))
        .isEqualTo("3 år etter «Når saken er avsluttet»: det har ikke skjedd ennå");
    assertThat(en.notRecorded(Period.ZERO, closed))
        .isEqualTo("0 days after «When the case is closed»: Vern does not record that date");
    assertThat(nb.notRecorded(Period.ofDays(1), avsluttet))
        .isEqualTo("1 dag etter «Når saken er avsluttet»: Vern registrerer ikke den datoen");
    assertThat(en.noRule()).isEqualTo("No retention rule");
    assertThat(nb.noRule()).isEqualTo("Ingen regel for lagringstid");
  }

  @Test
  void theNoticeBendsTheTriggersDescriptionIntoTheSentence() {
    assertThat(en.forNotice(Period.ofYears(3), "anonymise", "When the case is closed"))
        .isEqualTo("3 years after the case is closed, then anonymised");
    assertThat(nb.forNotice(Period.ofYears(3), "anonymise", "Når saken er avsluttet"))
        .isEqualTo("3 år etter at saken er avsluttet, deretter anonymisert");
    assertThat(nb.forNotice(Period.of(3, 6, 0), "delete", "Utgangen av regnskapsåret"))
        .isEqualTo("3 år og 6 måneder etter utgangen av regnskapsåret, deretter slettet");
    assertThat(en.forNotice(Period.ZERO, "delete", "When you unsubscribe"))
        .isEqualTo("Deleted immediately when you unsubscribe");
    assertThat(nb.forNotice(Period.ZERO, "anonymise", "Avslutningen av saken"))
        .isEqualTo("Anonymiseres straks ved avslutningen av saken");
    assertThat(en.forNotice(null, "delete", "When the case is closed")).isEmpty();
  }

  @Test
  void periodsAndCookieLifetimesCountEveryUnitOnceInTheReadersLanguage() {
    assertThat(en.period("P1Y6M2D")).isEqualTo("1 year, 6 months and 2 days");
    assertThat(nb.period("P1Y6M2D")).isEqualTo("1 år, 6 måneder og 2 dager");
    assertThat(en.period("PT30M")).isEqualTo("30 minutes");
    assertThat(nb.period("P1DT1H")).isEqualTo("1 dag og 1 time");
    assertThat(en.period(Period.ZERO)).isEqualTo("immediately");
    assertThat(nb.period("P0D")).isEqualTo("straks");
    assertThat(en.period("")).isEmpty();
  }

  @Test
  void anyLanguageButBokmalReadsEnglish() {
    assertThat(RetentionWording.in("de").rule(Period.ofYears(1), "delete", closed))
        .isEqualTo(en.rule(Period.ofYears(1), "delete", closed));
  }
}
