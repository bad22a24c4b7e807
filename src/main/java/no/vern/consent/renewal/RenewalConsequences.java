package no.vern.consent.renewal;

import java.util.List;
import no.vern.consent.ConsentSettings;
import no.vern.consent.RenewalPending;
import no.vern.consent.ledger.ConsentStates;
import no.vern.inventory.Inventory;
import no.vern.inventory.PublishConsequences;
import no.vern.policy.PrivacyNotices;
import no.vern.policy.PurposeChange;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For the draft page: how many people publishing the draft would ask to renew their consent, by the
 * rule {@link RenewalMarking} applies after publication (the purposes the policy module finds
 * changed materially, the consents in force on them), and what decisions answer meanwhile.
 */
@Component
@Order(20)
class RenewalConsequences implements PublishConsequences {

  private final PrivacyNotices notices;
  private final ConsentStates states;
  private final ConsentSettings settings;

  RenewalConsequences(PrivacyNotices notices, ConsentStates states, ConsentSettings settings) {
    this.notices = notices;
    this.states = states;
    this.settings = settings;
  }

  @Override
  public List<Consequence> of(Inventory draft, String language) {
    List<String> changed =
        notices.materialChanges(draft).values().stream()
            .filter(PurposeChange::changed)
            .map(PurposeChange::purpose)
            .toList();
    if (changed.isEmpty()) {
      return List.of();
    }
    int people = states.renewable(changed);
    String meanwhile =
        settings.renewalPending() == RenewalPending.DENY
            ? "consent.publish.renewals.deny"
            : "consent.publish.renewals.keep";
    return List.of(
        new Consequence("consent-renewals", "consent.publish.renewals", List.of(people)),
        new Consequence("consent-renewals-meanwhile", meanwhile, List.of()));
  }
}
