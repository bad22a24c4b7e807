package no.vern.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordsTests {

  private static final Locale NB = Locale.forLanguageTag("nb");
  private static final Locale EN = Locale.ENGLISH;

  private final Words words = new Words(new MessageBundles().messageSource());

  @Test
  void legalBasesReadAsWordsInBokmalAndEnglish() {
    assertThat(words.legalBasis("A6-1-b", NB)).isEqualTo("Avtale (art. 6 nr. 1 b)");
    assertThat(words.legalBasis("A6-1-b", EN)).isEqualTo("Contract (Art. 6(1)(b))");
    assertThat(words.legalBasis("A6-1-f", NB)).isEqualTo("Berettiget interesse (art. 6 nr. 1 f)");
    assertThat(words.legalBasis("A10", EN)).isEqualTo("Criminal offence data under law (Art. 10)");
  }

  @Test
  void isoDurationsReadAsWords() {
    assertThat(words.duration("P6M", NB)).isEqualTo("6 måneder");
    assertThat(words.duration("P6M", EN)).isEqualTo("6 months");
    assertThat(words.duration("P3Y", NB)).isEqualTo("3 år");
    assertThat(words.duration("P1Y6M", EN)).isEqualTo("1 year and 6 months");
    assertThat(words.duration("PT30M", EN)).isEqualTo("30 minutes");
  }

  @Test
  void screeningCategoriesReadAsWords() {
    assertThat(words.screening("HEALTH", NB)).isEqualTo("Helseopplysninger");
    assertThat(words.screening("HEALTH", EN)).isEqualTo("Health data");
    assertThat(words.screening("NATIONAL_ID", NB)).isEqualTo("Fødselsnummer");
  }

  @Test
  void aCodeWithoutWordsIsShownAsItIs() {
    assertThat(words.legalBasis("A99-1-z", EN)).isEqualTo("A99-1-z");
    assertThat(words.screening("SOMETHING_NEW", NB)).isEqualTo("SOMETHING_NEW");
    assertThat(words.duration("three years", EN)).isEqualTo("three years");
    assertThat(words.duration(null, EN)).isEmpty();
  }
}
