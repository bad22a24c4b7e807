package no.vern.policy.domain;

import java.util.ArrayList;
import java.util.List;
import no.vern.inventory.Contact;
import no.vern.inventory.Organisation;
import no.vern.inventory.SupervisoryAuthority;
import no.vern.policy.domain.Notice.Block;
import no.vern.policy.domain.Notice.Section;

/** Rights and how to use them (Art. 12(3), 15-22), complaints (Art. 77), and changes. */
final class RightsSections {

  static final List<String> RIGHTS =
      List.of(
          "access",
          "rectification",
          "erasure",
          "restriction",
          "objection",
          "marketing",
          "portability",
          "withdrawal",
          "automated");

  private RightsSections() {}

  static Section rights(NoticeContext c) {
    Contact contact = c.inventory().organisation().privacyContact();
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.paragraph(c.get("policy.rights.intro")));
    blocks.add(Block.list(RIGHTS.stream().map(r -> c.get("policy.rights." + r)).toList()));
    blocks.add(Block.paragraph(c.get("policy.rights.how", AboutSections.contact(c, contact))));
    blocks.add(Block.paragraph(c.get("policy.rights.identity")));
    blocks.add(Block.paragraph(c.get("policy.rights.deadline")));
    blocks.add(Block.paragraph(c.get("policy.rights.free")));
    return new Section("rights", c.get("policy.section.rights"), blocks);
  }

  static Section complaints(NoticeContext c) {
    Organisation org = c.inventory().organisation();
    Contact first =
        org.dataProtectionOfficer() != null ? org.dataProtectionOfficer() : org.privacyContact();
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.paragraph(c.get("policy.complaints.us", AboutSections.contact(c, first))));
    SupervisoryAuthority authority = org.supervisoryAuthority();
    if (authority != null) {
      String text = c.get("policy.complaints.authority", authority.name());
      blocks.add(
          authority.url() == null ? Block.paragraph(text) : Block.link(text, authority.url()));
    }
    return new Section("complaints", c.get("policy.section.complaints"), blocks);
  }

  static Section changes(NoticeContext c) {
    List<Block> blocks =
        List.of(
            Block.paragraph(c.get("policy.changes.versions")),
            Block.paragraph(c.get("policy.changes.announced")),
            Block.paragraph(c.get("policy.changes.consent")));
    return new Section("changes", c.get("policy.section.changes"), blocks);
  }
}
