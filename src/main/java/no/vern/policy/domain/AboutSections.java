package no.vern.policy.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vern.inventory.Activity;
import no.vern.inventory.Contact;
import no.vern.inventory.Controller;
import no.vern.inventory.DataCategory;
import no.vern.inventory.Organisation;
import no.vern.inventory.Source;
import no.vern.policy.domain.Notice.Block;
import no.vern.policy.domain.Notice.Section;

/** Who is responsible and what is collected from where (Art. 13(1)(a)-(b), 14(1)(d), 14(2)(f)). */
final class AboutSections {

  private AboutSections() {}

  static Section controller(NoticeContext c) {
    List<Block> blocks = new ArrayList<>();
    List<String> names = c.inventory().controllers().stream().map(Controller::name).toList();
    blocks.add(Block.paragraph(c.get("policy.controller.intro", String.join(", ", names))));
    for (Controller controller : c.inventory().controllers()) {
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of(c.get("policy.field.name"), controller.name()));
      addRow(rows, c.get("policy.field.organisation-number"), controller.organisationNumber());
      addRow(rows, c.get("policy.field.address"), controller.address());
      addRow(rows, c.get("policy.field.email"), controller.email());
      addRow(rows, c.get("policy.field.phone"), controller.phone());
      blocks.add(Block.facts(rows));
    }
    Organisation org = c.inventory().organisation();
    if (org.privacyContact() != null) {
      blocks.add(
          Block.paragraph(c.get("policy.controller.contact", contact(c, org.privacyContact()))));
    }
    if (org.dataProtectionOfficer() != null) {
      blocks.add(
          Block.paragraph(c.get("policy.controller.dpo", contact(c, org.dataProtectionOfficer()))));
    }
    return new Section("controller", c.get("policy.section.controller"), blocks);
  }

  static Section collected(NoticeContext c) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.paragraph(c.get("policy.collected.data")));
    blocks.add(
        Block.list(c.inventory().dataCategories().stream().map(d -> category(c, d)).toList()));
    blocks.addAll(FirstLayer.children(c));
    blocks.add(Block.paragraph(c.get("policy.collected.sources")));
    // One row per source, however many activities name it, with the purposes it serves.
    Map<String, Set<String>> purposes = new LinkedHashMap<>();
    for (Activity activity : c.inventory().activities()) {
      for (Source s : activity.sources()) {
        String source = c.get("policy.source." + s.kind().code()) + ": " + c.text(s.description());
        purposes.computeIfAbsent(source, k -> new LinkedHashSet<>()).add(c.text(activity.name()));
      }
    }
    List<List<String>> rows = new ArrayList<>();
    purposes.forEach((source, names) -> rows.add(List.of(source, String.join(", ", names))));
    List<String> headers = List.of(c.get("policy.field.source"), c.get("policy.field.used-for"));
    blocks.add(Block.table(headers, rows));
    return new Section("collected", c.get("policy.section.collected"), blocks);
  }

  private static String category(NoticeContext c, DataCategory category) {
    String name = c.text(category.name());
    if (category.special() != null) {
      return name + " (" + c.get("policy.collected.special") + ")";
    }
    return category.aboutCriminalOffences()
        ? name + " (" + c.get("policy.collected.criminal") + ")"
        : name;
  }

  static String contact(NoticeContext c, Contact contact) {
    List<String> parts = new ArrayList<>();
    for (String part :
        new String[] {
          contact.name() == null ? null : c.text(contact.name()),
          contact.email(),
          contact.phone(),
          contact.address()
        }) {
      if (part != null && !part.isBlank()) {
        parts.add(part);
      }
    }
    return String.join(", ", parts);
  }

  private static void addRow(List<List<String>> rows, String term, String value) {
    if (value != null && !value.isBlank()) {
      rows.add(List.of(term, value));
    }
  }
}
