package no.vern.consent.domain;

import java.util.List;

/**
 * What a decision is asked about, resolved against the active inventory. {@code consentPurpose} is
 * the purpose whose consent decides, or null when the activity rests on another legal basis; {@code
 * activities} are those whose restriction or objection also count (the activity asked about, or
 * every activity resting on the purpose asked about); {@code bases} are the DPV codes an allow may
 * rest on, in the inventory's order: the consent basis on consent, otherwise every non-consent
 * basis of the activity (a restriction or an objection may leave only some of them).
 */
public record Target(String consentPurpose, List<String> activities, List<String> bases) {

  public Target {
    activities = List.copyOf(activities);
    bases = List.copyOf(bases);
  }

  public boolean onConsent() {
    return consentPurpose != null;
  }

  /** The basis an unlimited allow names: the first; null when the inventory names none. */
  public String legalBasis() {
    return bases.isEmpty() ? null : bases.get(0);
  }
}
