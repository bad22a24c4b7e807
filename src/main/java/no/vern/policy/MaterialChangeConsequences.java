package no.vern.policy;

import java.util.ArrayList;
import java.util.List;
import no.vern.inventory.Inventory;
import no.vern.inventory.PublishConsequences;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For the draft page: which consent purposes the draft changes materially, and why (the reasons
 * {@link PrivacyNotices#publish} would record), named by code so the DPO finds them in the YAML.
 */
@Component
@Order(10)
class MaterialChangeConsequences implements PublishConsequences {

  private final PrivacyNotices notices;

  MaterialChangeConsequences(PrivacyNotices notices) {
    this.notices = notices;
  }

  @Override
  public List<Consequence> of(Inventory draft, String language) {
    List<Consequence> result = new ArrayList<>();
    notices
        .materialChanges(draft)
        .values()
        .forEach(
            change -> {
              if (change.changed()) {
                result.add(
                    new Consequence(
                        "purpose-changed-" + change.purpose(),
                        "policy.publish.purpose-changed",
                        List.of(title(draft, change.purpose(), language), change.purpose()),
                        change.reasons().stream().map(r -> "policy.reason." + r).toList()));
              }
            });
    return result;
  }

  private static String title(Inventory draft, String code, String language) {
    return draft.consentPurposes().stream()
        .filter(p -> p.code().equals(code) && p.title() != null)
        .map(p -> p.title().in(language))
        .findFirst()
        .orElse(code);
  }
}
