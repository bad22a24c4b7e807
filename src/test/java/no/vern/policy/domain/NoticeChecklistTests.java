package no.vern.policy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.vern.inventory.Activity;
import no.vern.inventory.Audience;
import no.vern.inventory.Inventory;
import no.vern.inventory.Source;
import no.vern.policy.PolicyExamples;
import no.vern.policy.domain.Notice.Section;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Art. 13/14 list of docs/privacy-notice.md, item by item, for both examples in both languages:
 * each item present for each activity that needs it, and no word of the other language.
 */
class NoticeChecklistTests {

  // Common words of one language that the other never uses; proper names are not words here.
  private static final Set<String> NORWEGIAN =
      Set.of(
          "og",
          "ikke",
          "eller",
          "av",
          "til",
          "med",
          "fra",
          "som",
          "ledd",
          "vi",
          "deg",
          "din",
          "dine",
          "våre",
          "når",
          "etter",
          "loven",
          "første",
          "andre",
          "skal",
          "behandler");
  private static final Set<String> ENGLISH =
      Set.of(
          "the",
          "and",
          "with",
          "you",
          "your",
          "we",
          "our",
          "when",
          "which",
          "from",
          "section",
          "paragraph",
          "act",
          "after",
          "of",
          "is",
          "are",
          "processor",
          "controller");

  @ParameterizedTest
  @CsvSource({
    "debt-collection-group.yaml, nb",
    "debt-collection-group.yaml, en",
    "accounting-firm.yaml, nb",
    "accounting-firm.yaml, en"
  })
  void everyItemOfArticles13And14IsThereForEveryActivityThatNeedsIt(String file, String lang) {
    Inventory inventory = PolicyExamples.read("examples/" + file);
    Notice notice = NoticeBuilder.build(inventory, lang);
    Phrases p = Phrases.of(lang);
    String all = String.join("\n", notice.lines());
    // 13(1)(a)-(b): identity and contact of the controller and the DPO.
    inventory.controllers().forEach(c -> assertThat(all).contains(c.name()));
    assertThat(all).contains(inventory.organisation().privacyContact().email());
    if (inventory.organisation().dataProtectionOfficer() != null) {
      assertThat(all).contains(inventory.organisation().dataProtectionOfficer().email());
    }
    // 13(2)(b)-(d), 21(4): rights, restriction's four grounds, objection apart, complaint.
    assertThat(section(notice, "objection").heading()).isEqualTo(p.get("policy.section.objection"));
    assertThat(all)
        .contains(p.get("policy.rights.restriction"))
        .contains(p.get("policy.rights.withdrawal"))
        .contains(p.get("policy.objection.marketing"))
        .contains("Datatilsynet");
    for (Audience audience : Audiences.of(inventory)) {
      Section part = section(notice, Audiences.anchor(audience));
      for (Activity activity : Audiences.activities(inventory, audience)) {
        Section s = sub(part, Audiences.anchor(audience) + "--" + activity.id());
        String text = String.join("\n", new Notice(lang, "", "", List.of(s)).lines());
        // 13(1)(c) purpose and basis; 13(1)(d) the legitimate interest itself.
        assertThat(text).contains(activity.purpose().in(lang));
        assertThat(text).contains(p.get("policy.field.legal-basis"));
        boolean f =
            activity.legalBases().stream()
                .anyMatch(
                    g ->
                        g.basis().legitimateInterest()
                            && Audiences.groups(activity, audience).stream()
                                .anyMatch(g::appliesTo));
        assertThat(text.contains(p.get("policy.field.interest"))).isEqualTo(f);
        // 13(1)(e) recipients by role; 13(2)(a) retention; 13(2)(e) provision; 14(2)(f) sources.
        activity
            .recipients()
            .forEach(id -> assertThat(text).contains(recipientName(inventory, id, lang)));
        assertThat(text).contains(p.get("policy.field.retention"));
        assertThat(text).contains(p.get("policy.field.sources"));
        if (activity.sources().stream().anyMatch(x -> x.kind() == Source.Kind.DATA_SUBJECT)) {
          assertThat(text).contains(p.get("policy.field.provision"));
        }
        // Never a contract with a debtor.
        if (audience.subjectCategories().contains("debtors")) {
          assertThat(text).doesNotContain(p.get("policy.basis.A6-1-b"));
        }
      }
    }
    assertThat(otherLanguageWords(notice, "nb".equals(lang) ? ENGLISH : NORWEGIAN)).isEmpty();
  }

  private static List<String> otherLanguageWords(Notice notice, Set<String> words) {
    List<String> found = new ArrayList<>();
    for (String line : notice.lines()) {
      for (String word : line.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (words.contains(word)) {
          found.add(word + " in: " + line);
        }
      }
    }
    return found;
  }

  private static String recipientName(Inventory inventory, String id, String lang) {
    return inventory.recipients().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow()
        .name()
        .in(lang);
  }

  private static Section section(Notice notice, String id) {
    return notice.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static Section sub(Section section, String id) {
    return section.subsections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }
}
