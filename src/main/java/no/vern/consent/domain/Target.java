package no.vern.consent.domain;

import java.util.List;

/**
 * What a decision is asked about, resolved against the active inventory. {@code consentPurpose} is
 * the purpose whose consent decides, or null when the activity rests on another legal basis; {@code
 * activities} are those whose restriction or objection also deny (the activity asked about, or
 * every activity resting on the purpose asked about); {@code legalBasis} is the DPV code an allow
 * rests on, when there is one to name.
 */
public record Target(String consentPurpose, List<String> activities, String legalBasis) {

  public Target {
    activities = List.copyOf(activities);
  }

  public boolean onConsent() {
    return consentPurpose != null;
  }
}
