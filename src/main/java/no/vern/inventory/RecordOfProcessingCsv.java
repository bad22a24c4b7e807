package no.vern.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The record of processing activities (Art. 30(1)) as CSV for a spreadsheet: one row per activity,
 * RFC 4180 (CRLF, fields quoted when needed), lists within a cell separated by "; ". The header is
 * English; the texts are in the language asked for.
 */
final class RecordOfProcessingCsv {

  static final List<String> HEADER =
      List.of(
          "controller",
          "controller contact",
          "data protection officer",
          "activity",
          "role",
          "purpose",
          "legal bases",
          "data categories",
          "special categories",
          "subject categories",
          "sources",
          "recipients",
          "third countries and mechanisms",
          "retention",
          "automated decisions",
          "security measures");

  private RecordOfProcessingCsv() {}

  static String write(Inventory inventory, String language) {
    var lookup = new InventoryLookup(inventory);
    var out = new StringBuilder();
    line(out, HEADER);
    for (Activity activity : inventory.activities()) {
      line(out, row(lookup, activity, language));
    }
    return out.toString();
  }

  private static List<String> row(InventoryLookup lookup, Activity a, String lang) {
    Controller controller = lookup.controller(a);
    List<String> cells = new ArrayList<>();
    cells.add(controller == null ? a.controller() : controller.name());
    cells.add(controllerContact(controller, lookup.inventory().organisation(), lang));
    cells.add(contact(lookup.inventory().organisation().dataProtectionOfficer(), lang));
    cells.add(text(a.name(), lang));
    cells.add(a.role() == null ? "" : a.role().code());
    cells.add(text(a.purpose(), lang));
    cells.add(join(a.legalBases().stream().map(g -> ground(g, lang))));
    cells.add(join(lookup.dataCategories(a).stream().map(c -> text(c.name(), lang))));
    cells.add(join(lookup.dataCategories(a).stream().map(RecordOfProcessingCsv::special)));
    cells.add(join(lookup.subjectCategories(a).stream().map(s -> text(s.name(), lang))));
    cells.add(join(a.sources().stream().map(s -> source(s, lang))));
    cells.add(join(lookup.recipients(a).stream().map(r -> recipient(r, lang))));
    cells.add(join(lookup.transfers(a).stream().map(r -> transfer(r, lang))));
    cells.add(retention(a, lookup, lang));
    cells.add(join(a.automatedDecisions().stream().map(d -> text(d.logic(), lang))));
    cells.add(join(lookup.securityMeasures(a).stream().map(m -> text(m.description(), lang))));
    return cells;
  }

  private static String ground(LegalGround ground, String lang) {
    String code = ground.basis() == null ? "?" : ground.basis().code();
    String backing =
        ground.reference() != null ? text(ground.reference(), lang) : ground.balancingTest();
    String interest = ground.interest() == null ? "" : ": " + text(ground.interest(), lang);
    return (backing == null ? code : code + " (" + backing + ")") + interest;
  }

  /**
   * Art. 30(1)(a): the controller's name and contact details. The controller's own address, e-mail
   * and telephone, and the organisation's privacy contact where the controller lists none.
   */
  private static String controllerContact(Controller c, Organisation org, String lang) {
    List<String> parts = new ArrayList<>();
    if (c != null) {
      Stream.of(c.address(), c.email(), c.phone())
          .filter(v -> v != null && !v.isBlank())
          .forEach(parts::add);
    }
    String privacy = org == null ? "" : contact(org.privacyContact(), lang);
    if (!privacy.isEmpty()) {
      parts.add("privacy: " + privacy);
    }
    return String.join(", ", parts);
  }

  static String contact(Contact contact, String lang) {
    if (contact == null) {
      return "";
    }
    return Stream.of(
            text(contact.name(), lang), contact.email(), contact.phone(), contact.address())
        .filter(v -> v != null && !v.isBlank())
        .collect(Collectors.joining(", "));
  }

  private static String special(DataCategory category) {
    if (category.special() != null) {
      return category.special().code();
    }
    return category.aboutCriminalOffences() ? "criminal-offences (Art. 10)" : null;
  }

  private static String source(Source source, String lang) {
    String kind = source.kind() == null ? "" : source.kind().code();
    String description = text(source.description(), lang);
    return description.isEmpty() ? kind : kind + ": " + description;
  }

  private static String recipient(Recipient r, String lang) {
    String kind = r.kind() == null ? "" : r.kind().code();
    return text(r.name(), lang) + " (" + kind + ", " + r.country() + ")";
  }

  private static String transfer(Recipient r, String lang) {
    String mechanism = r.transferMechanism() == null ? "none" : r.transferMechanism().code();
    if (r.certifiedUnderDpf()) {
      mechanism += ", DPF-certified";
    }
    String reference =
        r.transferReference() == null ? "" : " (" + text(r.transferReference(), lang) + ")";
    return r.country() + ": " + mechanism + reference;
  }

  private static String retention(Activity a, InventoryLookup lookup, String lang) {
    RetentionRule rule = a.retention();
    if (rule == null) {
      return "";
    }
    String words = lookup.retentionWords(a, lang);
    return rule.legalReference() == null
        ? words
        : words + " (" + text(rule.legalReference(), lang) + ")";
  }

  static String text(Text text, String language) {
    if (text == null) {
      return "";
    }
    String value = text.in(language);
    return value != null ? value : text.en() != null ? text.en() : "";
  }

  private static String join(Stream<String> values) {
    return values.filter(v -> v != null && !v.isEmpty()).collect(Collectors.joining("; "));
  }

  private static void line(StringBuilder out, List<String> cells) {
    out.append(cells.stream().map(RecordOfProcessingCsv::quote).collect(Collectors.joining(",")));
    out.append("\r\n");
  }

  /** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside. */
  static String quote(String value) {
    String v = value == null ? "" : value;
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
