package no.vern.policy.domain;

import java.util.ArrayList;
import java.util.List;
import no.vern.inventory.Activity;
import no.vern.inventory.Audience;
import no.vern.inventory.Controller;
import no.vern.inventory.LegalBasis;
import no.vern.inventory.Organisation;
import no.vern.policy.domain.Notice.Block;
import no.vern.policy.domain.Notice.Section;

/**
 * The first layer a reader sees (EDPB guidelines on transparency, layered notices): who we are,
 * what we do in a few lines, a link to the part for each audience, the rights and the contact; then
 * the right to object, separately and prominently (Art. 21(4)).
 */
final class FirstLayer {

  private FirstLayer() {}

  static Section summary(NoticeContext c) {
    Organisation org = c.inventory().organisation();
    List<Block> blocks = new ArrayList<>();
    List<String> names = c.inventory().controllers().stream().map(Controller::name).toList();
    blocks.add(Block.paragraph(c.get("policy.summary.who", String.join(", ", names))));
    if (org.summary() != null) {
      blocks.add(Block.paragraph(c.text(org.summary())));
    }
    blocks.add(Block.paragraph(c.get("policy.summary.find")));
    List<List<String>> links = new ArrayList<>();
    for (Audience audience : Audiences.of(c.inventory())) {
      links.add(List.of(c.text(audience.heading()), "#" + Audiences.anchor(audience)));
    }
    blocks.add(Block.links(links));
    blocks.add(Block.paragraph(c.get("policy.summary.rights")));
    blocks.add(
        Block.links(
            List.of(
                List.of(c.get("policy.section.rights"), "#rights"),
                List.of(c.get("policy.section.objection"), "#objection"))));
    String contact = AboutSections.contact(c, org.privacyContact());
    if (org.dataProtectionOfficer() != null) {
      contact += ". " + c.get("policy.summary.dpo", org.dataProtectionOfficer().email());
    }
    blocks.add(Block.paragraph(c.get("policy.summary.contact", contact)));
    return new Section("summary", c.get("policy.section.summary"), blocks);
  }

  /** Art. 21(4): stated clearly and separately from other information. */
  static Section objection(NoticeContext c) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.paragraph(c.get("policy.objection.general")));
    List<String> concerned =
        c.inventory().activities().stream()
            .filter(a -> a.restsOn(LegalBasis.A6_1_E) || a.restsOn(LegalBasis.A6_1_F))
            .map(Activity::name)
            .map(c::text)
            .distinct()
            .toList();
    if (!concerned.isEmpty()) {
      blocks.add(Block.paragraph(c.get("policy.objection.concerns")));
      blocks.add(Block.list(concerned));
    }
    blocks.add(Block.paragraph(c.get("policy.objection.marketing")));
    blocks.add(
        Block.paragraph(
            c.get(
                "policy.objection.how",
                AboutSections.contact(c, c.inventory().organisation().privacyContact()))));
    return new Section("objection", c.get("policy.section.objection"), blocks);
  }

  /** The statement of seed 001, where the inventory says so. */
  static List<Block> children(NoticeContext c) {
    return c.inventory().organisation().childrenExcluded()
        ? List.of(Block.paragraph(c.get("policy.children")))
        : List.of();
  }
}
