package no.vern.policy.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.vern.inventory.Activity;
import no.vern.inventory.ConsentPurpose;
import no.vern.inventory.Inventory;
import no.vern.inventory.Recipient;
import no.vern.inventory.RetentionRule;
import no.vern.inventory.Text;
import no.vern.shared.retention.RetentionWording;

/** The inventory and the language a notice is built in, with look-ups by id. */
record NoticeContext(Inventory inventory, String language, Phrases phrases) {

  String text(Text text) {
    return text == null ? "" : Objects.requireNonNullElse(text.in(language), "");
  }

  String get(String key, Object... args) {
    return phrases.get(key, args);
  }

  String dataCategory(String id) {
    return inventory.dataCategories().stream()
        .filter(c -> c.id().equals(id))
        .map(c -> text(c.name()))
        .findFirst()
        .orElse(id);
  }

  List<String> dataCategories(List<String> ids) {
    return ids.stream().map(this::dataCategory).toList();
  }

  Recipient recipient(String id) {
    return inventory.recipients().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
  }

  /** "Name (role)", the role in the notice's terms: processor, independent controller, ... */
  List<String> recipientNames(List<String> ids) {
    return ids.stream()
        .map(this::recipient)
        .filter(Objects::nonNull)
        .map(r -> text(r.name()) + " (" + get("policy.role." + r.kind().code()) + ")")
        .toList();
  }

  /** A controller's or recipient's name, by id: what a cookie's provider refers to. */
  String party(String id) {
    Recipient recipient = recipient(id);
    if (recipient != null) {
      return text(recipient.name());
    }
    return inventory.controllers().stream()
        .filter(c -> c.id().equals(id))
        .map(no.vern.inventory.Controller::name)
        .findFirst()
        .orElse(id);
  }

  String trigger(String id) {
    return inventory.retentionTriggers().stream()
        .filter(t -> t.id().equals(id))
        .map(t -> text(t.description()))
        .findFirst()
        .orElse(id);
  }

  String measure(String id) {
    return inventory.securityMeasures().stream()
        .filter(m -> m.id().equals(id))
        .map(m -> text(m.description()))
        .findFirst()
        .orElse(id);
  }

  ConsentPurpose consentPurpose(String code) {
    return inventory.consentPurposes().stream()
        .filter(p -> p.code().equals(code))
        .findFirst()
        .orElse(null);
  }

  RetentionWording retentionWording() {
    return RetentionWording.in(language);
  }

  /**
   * "3 years after the case is closed, then anonymised (...; in accordance with ...)": the rule in
   * the person's words, with its own description and the law that sets it.
   */
  String retention(Activity activity) {
    RetentionRule rule = activity.retention();
    if (rule == null || rule.period() == null) {
      return "";
    }
    String action = rule.action() == null ? null : rule.action().code();
    String sentence = retentionWording().forNotice(rule.period(), action, trigger(rule.trigger()));
    List<String> extras = new ArrayList<>();
    if (rule.description() != null) {
      extras.add(text(rule.description()));
    }
    if (rule.legalReference() != null) {
      extras.add(get("policy.retention.law", text(rule.legalReference())));
    }
    return extras.isEmpty() ? sentence : sentence + " (" + String.join("; ", extras) + ")";
  }
}
