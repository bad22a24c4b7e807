package no.vern.policy.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.vern.inventory.Activity;
import no.vern.inventory.Recipient;
import no.vern.policy.domain.Notice.Block;
import no.vern.policy.domain.Notice.Section;

/** Storage and security (Art. 32), recipients (Art. 13(1)(e)) and transfers (Art. 13(1)(f)). */
final class SharingSections {

  /** The EU 27 and Norway, Iceland and Liechtenstein. */
  static final Set<String> EEA =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "NO", "IS", "LI");

  private SharingSections() {}

  static Section storage(NoticeContext c) {
    Set<String> measures = new LinkedHashSet<>();
    c.inventory().securityMeasures().forEach(m -> measures.add(c.text(m.description())));
    for (Activity activity : c.inventory().activities()) {
      activity.securityMeasures().forEach(id -> measures.add(c.measure(id)));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.paragraph(c.get("policy.storage.intro")));
    blocks.add(Block.list(List.copyOf(measures)));
    blocks.add(Block.paragraph(c.get("policy.storage.access")));
    if (c.inventory().organisation().breachResponse() != null) {
      blocks.add(Block.paragraph(c.text(c.inventory().organisation().breachResponse())));
    }
    return new Section("storage", c.get("policy.section.storage"), blocks);
  }

  static Section disclosures(NoticeContext c) {
    List<List<String>> rows = new ArrayList<>();
    for (Recipient r : c.inventory().recipients()) {
      rows.add(
          List.of(
              c.text(r.name()),
              c.get("policy.role." + r.kind().code()),
              c.text(r.description()),
              c.phrases().country(r.country())));
    }
    List<String> headers =
        List.of(
            c.get("policy.field.recipient"),
            c.get("policy.field.role"),
            c.get("policy.field.why"),
            c.get("policy.field.country"));
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.paragraph(c.get("policy.disclosures.intro")));
    if (!rows.isEmpty()) {
      blocks.add(Block.table(headers, rows));
    }
    blocks.add(Block.paragraph(c.get("policy.disclosures.processors")));
    return new Section("disclosures", c.get("policy.section.disclosures"), blocks);
  }

  static Section transfers(NoticeContext c) {
    List<String> items = new ArrayList<>();
    for (Recipient r : c.inventory().recipients()) {
      if (r.country() != null && !EEA.contains(r.country())) {
        String mechanism =
            r.transferMechanism() == null
                ? ""
                : c.get("policy.transfer." + r.transferMechanism().code());
        if (r.certifiedUnderDpf()) {
          mechanism = c.get("policy.transfer.dpf");
        }
        String reference =
            r.transferReference() == null ? "" : " (" + c.text(r.transferReference()) + ")";
        items.add(
            c.get(
                    "policy.transfers.item",
                    c.text(r.name()),
                    c.phrases().country(r.country()),
                    mechanism)
                + reference);
      }
    }
    List<Block> blocks =
        items.isEmpty()
            ? List.of(Block.paragraph(c.get("policy.transfers.none")))
            : List.of(Block.paragraph(c.get("policy.transfers.intro")), Block.list(items));
    return new Section("transfers", c.get("policy.section.transfers"), blocks);
  }
}
