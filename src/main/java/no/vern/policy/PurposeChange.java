package no.vern.policy;

import java.util.List;

/**
 * A consent purpose in one published version: its fingerprint and the reasons it changed materially
 * since the previous version (none when it did not).
 */
public record PurposeChange(String purpose, String fingerprint, List<String> reasons) {

  public PurposeChange {
    reasons = List.copyOf(reasons);
  }

  public boolean changed() {
    return !reasons.isEmpty();
  }
}
