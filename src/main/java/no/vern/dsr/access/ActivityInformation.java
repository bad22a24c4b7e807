package no.vern.dsr.access;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import no.vern.dsr.access.AccessPackage.ActivityPart;
import no.vern.dsr.access.AccessPackage.BasisItem;
import no.vern.dsr.access.AccessPackage.DecisionItem;
import no.vern.dsr.access.AccessPackage.RecipientItem;
import no.vern.dsr.access.AccessPackage.RecordItem;
import no.vern.dsr.access.AccessPackage.SourceItem;
import no.vern.inventory.Activity;
import no.vern.inventory.AutomatedDecision;
import no.vern.inventory.Inventory;
import no.vern.inventory.LegalGround;
import no.vern.inventory.Recipient;
import no.vern.inventory.RetentionRule;
import no.vern.inventory.RetentionTrigger;
import no.vern.inventory.Text;
import no.vern.shared.retention.RetentionWording;
import org.jspecify.annotations.Nullable;

/**
 * The Art. 15(1)(a)-(h) information of one activity, in one language, from the inventory in force
 * and in the words of the privacy notice (its message keys), so the package says what the notice
 * says: purposes, each basis with what it covers and the legitimate interest, the data categories,
 * the recipients by role with any transfer, the retention rule, the sources and automated
 * decisions.
 */
record ActivityInformation(Inventory inventory, String language, Function<String, String> words) {

  ActivityPart of(Activity a, List<RecordItem> records) {
    return new ActivityPart(
        a.id(),
        Objects.requireNonNullElse(text(a.name()), a.id()),
        controllerName(a.controller()),
        text(a.purpose()),
        a.legalBases().stream().map(this::basis).toList(),
        a.dataCategories().stream()
            .map(
                id ->
                    inventory.dataCategories().stream()
                        .filter(c -> c.id().equals(id))
                        .findFirst()
                        .map(c -> Objects.requireNonNullElse(text(c.name()), id))
                        .orElse(id))
            .toList(),
        a.recipients().stream()
            .flatMap(id -> inventory.recipients().stream().filter(r -> r.id().equals(id)))
            .map(this::recipient)
            .toList(),
        retention(a.retention()),
        a.sources().stream()
            .map(s -> new SourceItem(s.kind().code(), text(s.description())))
            .toList(),
        a.automatedDecisions().stream().map(this::decision).toList(),
        records);
  }

  /** For records of an activity the inventory in force no longer has: the records, no claims. */
  static ActivityPart unknown(String id, List<RecordItem> records) {
    return new ActivityPart(
        id, id, null, null, List.of(), List.of(), List.of(), null, List.of(), List.of(), records);
  }

  private BasisItem basis(LegalGround g) {
    return new BasisItem(
        words.apply("policy.basis." + g.basis().code()),
        g.basis().dpvIri(),
        text(g.covers()),
        text(g.interest()),
        text(g.reference()));
  }

  private RecipientItem recipient(Recipient r) {
    String transfer = null;
    if (r.certifiedUnderDpf()) {
      transfer = words.apply("policy.transfer.dpf");
    } else if (r.transferMechanism() != null) {
      transfer = words.apply("policy.transfer." + r.transferMechanism().code());
    }
    String role = r.kind() == null ? "" : words.apply("policy.role." + r.kind().code());
    return new RecipientItem(
        Objects.requireNonNullElse(text(r.name()), r.id()), role, r.country(), transfer);
  }

  private DecisionItem decision(AutomatedDecision d) {
    boolean article22 = Boolean.TRUE.equals(d.article22());
    return new DecisionItem(
        text(d.logic()),
        text(d.significance()),
        text(d.humanReview()),
        article22,
        article22 && d.exception() != null
            ? words.apply("policy.automated.exception." + d.exception().code())
            : null);
  }

  private @Nullable String retention(@Nullable RetentionRule rule) {
    if (rule == null || rule.period() == null) {
      return null;
    }
    String event =
        inventory.retentionTriggers().stream()
            .filter(t -> t.id().equals(rule.trigger()))
            .map(RetentionTrigger::description)
            .map(this::text)
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(rule.trigger());
    String action = rule.action() == null ? null : rule.action().code();
    String sentence = RetentionWording.in(language).forNotice(rule.period(), action, event);
    String why = text(rule.description());
    return why == null ? sentence : sentence + " (" + why + ")";
  }

  private @Nullable String controllerName(String id) {
    return inventory.controllers().stream()
        .filter(c -> c.id().equals(id))
        .map(c -> c.name())
        .findFirst()
        .orElse(null);
  }

  @Nullable String text(@Nullable Text text) {
    return text == null ? null : text.in(language);
  }
}
