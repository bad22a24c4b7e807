package no.vern.policy.domain;

import java.util.ArrayList;
import java.util.List;
import no.vern.inventory.Activity;
import no.vern.inventory.Audience;
import no.vern.inventory.AutomatedDecision;
import no.vern.inventory.ConsentPurpose;
import no.vern.inventory.LegalGround;
import no.vern.inventory.Provision;
import no.vern.policy.domain.Notice.Block;
import no.vern.policy.domain.Notice.Section;

/**
 * The second layer: a section per audience listing only the activities that concern it, each with
 * what Art. 13 and 14 ask: purpose, the bases that apply to this group and what each covers, the
 * legitimate interest, whether the data must be given, sources, recipients by role, retention and
 * automated decisions.
 */
final class AudienceSections {

  private AudienceSections() {}

  static List<Section> all(NoticeContext c) {
    List<Section> sections = new ArrayList<>();
    for (Audience audience : Audiences.of(c.inventory())) {
      List<Section> subsections = new ArrayList<>();
      for (Activity activity : Audiences.activities(c.inventory(), audience)) {
        subsections.add(
            new Section(
                Audiences.anchor(audience) + "--" + activity.id(),
                c.text(activity.name()),
                blocks(c, activity, Audiences.groups(activity, audience))));
      }
      List<String> names =
          c.inventory().subjectCategories().stream()
              .filter(s -> audience.subjectCategories().contains(s.id()))
              .map(s -> c.text(s.name()))
              .toList();
      List<Block> intro =
          List.of(Block.paragraph(c.get("policy.audience.intro", String.join(", ", names))));
      sections.add(
          new Section(Audiences.anchor(audience), c.text(audience.heading()), intro, subsections));
    }
    return sections;
  }

  private static List<Block> blocks(NoticeContext c, Activity activity, List<String> groups) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.paragraph(c.text(activity.purpose())));
    if (activity.role() == Activity.Role.PROCESSOR || activity.arrangement() != null) {
      blocks.add(Block.paragraph(c.text(activity.arrangement())));
    }
    List<LegalGround> grounds =
        activity.legalBases().stream()
            .filter(g -> g.basis() != null && groups.stream().anyMatch(g::appliesTo))
            .toList();
    List<List<String>> facts = new ArrayList<>();
    facts.add(
        row(
            c.get("policy.field.legal-basis"),
            grounds.stream().map(g -> PurposeSections.basis(c, g)).toList()));
    List<String> interests =
        grounds.stream()
            .filter(g -> g.basis().legitimateInterest() && g.interest() != null)
            .map(g -> c.text(g.interest()))
            .toList();
    if (!interests.isEmpty()) {
      facts.add(row(c.get("policy.field.interest"), interests));
    }
    ConsentPurpose consent = c.consentPurpose(activity.consentPurpose());
    if (consent != null) {
      facts.add(List.of(c.get("policy.field.consent"), c.text(consent.title())));
    }
    facts.add(row(c.get("policy.field.data"), c.dataCategories(activity.dataCategories())));
    facts.add(
        row(
            c.get("policy.field.sources"),
            activity.sources().stream().map(s -> c.text(s.description())).distinct().toList()));
    if (activity.provision() != null) {
      facts.add(List.of(c.get("policy.field.provision"), provision(c, activity.provision())));
    }
    if (!activity.recipients().isEmpty()) {
      facts.add(row(c.get("policy.field.recipients"), c.recipientNames(activity.recipients())));
    }
    facts.add(List.of(c.get("policy.field.retention"), c.retention(activity)));
    for (AutomatedDecision decision : activity.automatedDecisions()) {
      facts.add(row(c.get("policy.field.automated"), automated(c, decision)));
    }
    blocks.add(Block.facts(facts));
    return blocks;
  }

  /** "Required by law. You must give it. If you do not, ...": Art. 13(2)(e) in one sentence. */
  static String provision(NoticeContext c, Provision provision) {
    String requirement =
        provision.requirement() == null
            ? ""
            : c.get("policy.provision." + provision.requirement().code()) + " ";
    String obliged =
        c.get(
            Boolean.TRUE.equals(provision.obliged())
                ? "policy.provision.obliged"
                : "policy.provision.voluntary");
    return requirement + obliged + " " + c.text(provision.consequence());
  }

  static List<String> automated(NoticeContext c, AutomatedDecision decision) {
    List<String> values = new ArrayList<>();
    values.add(c.text(decision.logic()));
    values.add(c.text(decision.significance()));
    if (Boolean.TRUE.equals(decision.article22())) {
      String exception =
          decision.exception() == null
              ? ""
              : c.get("policy.automated.exception." + decision.exception().code());
      values.add(c.get("policy.automated.article22", exception));
    } else {
      values.add(c.get("policy.automated.not-article22"));
    }
    values.add(c.text(decision.humanReview()));
    return values;
  }

  private static List<String> row(String term, List<String> values) {
    List<String> row = new ArrayList<>(List.of(term));
    row.addAll(values);
    return row;
  }
}
