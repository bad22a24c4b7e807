package no.vern.policy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.vern.inventory.Activity;
import no.vern.inventory.Cookie;
import no.vern.inventory.Inventory;
import no.vern.inventory.LegalGround;
import no.vern.policy.PolicyExamples;
import no.vern.shared.retention.RetentionWording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The done-when of the issue: the notice for example (a) leaves nothing of it out. */
class NoticeBuilderTests {

  private final Inventory example = PolicyExamples.debtCollectionGroup();

  @ParameterizedTest
  @ValueSource(strings = {"nb", "en"})
  void containsEveryPurposeBasisRecipientRetentionAndCookie(String language) {
    String text = String.join("\n", NoticeBuilder.build(example, language).lines());
    Phrases phrases = Phrases.of(language);
    NoticeContext c = new NoticeContext(example, language, phrases);
    for (Activity activity : example.activities()) {
      assertThat(text).contains(activity.purpose().in(language));
      for (LegalGround ground : activity.legalBases()) {
        String words = phrases.get("policy.basis." + ground.basis().code());
        assertThat(PurposeSections.basis(c, ground))
            .startsWith(words.substring(0, words.length() - 1));
        assertThat(text).contains(PurposeSections.basis(c, ground));
      }
      assertThat(text).contains(c.retention(activity));
    }
    example.recipients().forEach(r -> assertThat(text).contains(r.name().in(language)));
    example.cookies().stream().map(Cookie::name).forEach(n -> assertThat(text).contains(n));
    example.consentPurposes().forEach(p -> assertThat(text).contains(p.title().in(language)));
  }

  @Test
  void retentionReadsAsASentence() {
    NoticeContext en = new NoticeContext(example, "en", Phrases.of("en"));
    NoticeContext nb = new NoticeContext(example, "nb", Phrases.of("nb"));
    Activity collection = activity("debt-collection");
    assertThat(en.retention(collection))
        .startsWith("3 years after the case is closed, then anonymised");
    assertThat(nb.retention(collection))
        .startsWith("3 år etter at saken er avsluttet, deretter anonymisert");
    assertThat(en.retention(activity("newsletter")))
        .startsWith("Deleted immediately when you unsubscribe");
    assertThat(nb.retention(activity("accounting-secondary")))
        .startsWith("3 år og 6 måneder etter utgangen av regnskapsåret, deretter slettet");
    assertThat(RetentionWording.in("en").period("P6M")).isEqualTo("6 months");
    assertThat(RetentionWording.in("nb").period("PT30M")).isEqualTo("30 minutter");
    assertThat(RetentionWording.in("en").period("P1DT12H")).isEqualTo("1 day and 12 hours");
  }

  @Test
  void theReaderFindsRightsComplaintsCookiesAndTransfers() {
    Notice en = NoticeBuilder.build(example, "en");
    List<String> ids = new ArrayList<>();
    en.sections().forEach(s -> ids.add(s.id()));
    assertThat(ids.subList(0, 2)).containsExactly("summary", "objection");
    assertThat(ids)
        .contains("for-debtors", "for-invoices", "for-website", "for-business")
        .containsSubsequence(
            "controller",
            "collected",
            "newsletter",
            "storage",
            "disclosures",
            "transfers",
            "retention",
            "automated",
            "rights",
            "complaints",
            "cookies",
            "changes");
    String text = String.join("\n", en.lines());
    assertThat(text)
        .contains("within one month")
        .contains("two further months")
        .contains("Datatilsynet")
        .contains("https://www.datatilsynet.no")
        .contains("personvernombud@brattli.example.invalid")
        .contains("Mailwave Example Inc. (United States)")
        .contains("(GDPR art. 6(1)(c); the Norwegian Debt Collection Act)")
        .contains("we delete your newsletter data at once")
        .contains("Persistent, 13 months");
    String nb = String.join("\n", NoticeBuilder.build(example, "nb").lines());
    assertThat(nb)
        .contains("innen én måned")
        .contains("Sesjonsavhengige og faste informasjonskapsler");
  }

  private Activity activity(String id) {
    return example.activities().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }
}
