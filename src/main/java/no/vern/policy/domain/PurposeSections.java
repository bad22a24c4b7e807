package no.vern.policy.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.vern.inventory.Activity;
import no.vern.inventory.ConsentPurpose;
import no.vern.inventory.LegalBasis;
import no.vern.inventory.LegalGround;
import no.vern.policy.domain.Notice.Block;
import no.vern.policy.domain.Notice.Section;

/** Legal bases in words, newsletters, retention and automated decisions. */
final class PurposeSections {

  private PurposeSections() {}

  /** The basis in plain words, with the law behind it where the inventory names one. */
  static String basis(NoticeContext c, LegalGround ground) {
    String words = c.get("policy.basis." + ground.basis().code());
    if (ground.reference() != null) {
      // "... (GDPR art. 6(1)(c); the Debt Collection Act)": the law joins the article.
      String law = c.text(ground.reference());
      words =
          words.endsWith(")")
              ? words.substring(0, words.length() - 1) + "; " + law + ")"
              : words + " (" + law + ")";
    }
    return ground.covers() == null ? words : words + ": " + c.text(ground.covers());
  }

  /** Present when an activity sends newsletters: consent-based and ended by unsubscribing. */
  static Optional<Section> newsletter(NoticeContext c) {
    List<Activity> newsletters =
        c.inventory().activities().stream()
            .filter(a -> a.consentPurpose() != null && a.restsOn(LegalBasis.A6_1_A))
            .filter(a -> a.retention() != null && "unsubscribed".equals(a.retention().trigger()))
            .toList();
    if (newsletters.isEmpty()) {
      return Optional.empty();
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.paragraph(c.get("policy.newsletter.consent")));
    for (Activity activity : newsletters) {
      ConsentPurpose purpose = c.consentPurpose(activity.consentPurpose());
      if (purpose != null) {
        blocks.add(Block.paragraph(c.text(purpose.title()) + ": " + c.text(purpose.description())));
      }
      if (activity.restsOn(LegalBasis.A6_1_F)) {
        blocks.add(Block.paragraph(c.get("policy.newsletter.customers")));
      }
    }
    String email = c.inventory().organisation().privacyContact().email();
    blocks.add(Block.paragraph(c.get("policy.newsletter.leave", email)));
    Activity first = newsletters.get(0);
    blocks.add(
        first.retention().period().isZero()
            ? Block.paragraph(c.get("policy.newsletter.deleted-at-once"))
            : Block.paragraph(c.get("policy.newsletter.kept", c.retention(first))));
    return Optional.of(new Section("newsletter", c.get("policy.section.newsletter"), blocks));
  }

  static Section retention(NoticeContext c) {
    List<List<String>> rows = new ArrayList<>();
    for (Activity activity : c.inventory().activities()) {
      rows.add(List.of(c.text(activity.name()), c.retention(activity)));
    }
    List<String> headers = List.of(c.get("policy.field.purpose"), c.get("policy.field.retention"));
    List<Block> blocks =
        List.of(
            Block.paragraph(c.get("policy.retention.intro")),
            Block.table(headers, rows),
            Block.paragraph(c.get("policy.retention.claims")));
    return new Section("retention", c.get("policy.section.retention"), blocks);
  }

  static Section automated(NoticeContext c) {
    List<Section> subsections = new ArrayList<>();
    for (Activity activity : c.inventory().activities()) {
      for (var decision : activity.automatedDecisions()) {
        List<List<String>> facts =
            List.of(
                List.of(c.get("policy.automated.logic"), c.text(decision.logic())),
                List.of(c.get("policy.automated.significance"), c.text(decision.significance())),
                List.of(c.get("policy.automated.review"), c.text(decision.humanReview())));
        subsections.add(
            new Section(
                "automated-" + activity.id(),
                c.text(activity.name()),
                List.of(Block.facts(facts))));
      }
    }
    String intro = subsections.isEmpty() ? "policy.automated.none" : "policy.automated.intro";
    return new Section(
        "automated",
        c.get("policy.section.automated"),
        List.of(Block.paragraph(c.get(intro))),
        subsections);
  }

  private static List<String> row(String term, List<String> values) {
    List<String> row = new ArrayList<>(List.of(term));
    row.addAll(values);
    return row;
  }
}
