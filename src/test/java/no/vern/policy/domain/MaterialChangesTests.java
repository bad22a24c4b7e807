package no.vern.policy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.vern.inventory.Inventory;
import no.vern.policy.PolicyExamples;
import no.vern.policy.domain.MaterialChanges.Fingerprint;
import org.junit.jupiter.api.Test;

/** Only the people whose consent rests on a changed purpose will be asked again. */
class MaterialChangesTests {

  private final Inventory example = PolicyExamples.debtCollectionGroup();

  @Test
  void anUnchangedInventoryChangesNoPurpose() {
    assertThat(changed(example, PolicyExamples.debtCollectionGroup())).isEmpty();
  }

  @Test
  void aLongerRetentionMarksExactlyThePurposeThatRestsOnIt() {
    Inventory longer =
        PolicyExamples.withRetention(example, "website-analytics", Period.ofMonths(26));
    assertThat(changed(example, longer))
        .containsExactly(Map.entry("statistics-cookies", List.of("retention")));
  }

  @Test
  void aChangedActivityWithoutConsentChangesNoConsentPurpose() {
    Inventory longer = PolicyExamples.withRetention(example, "debt-collection", Period.ofYears(5));
    assertThat(changed(example, longer)).isEmpty();
  }

  @Test
  void fingerprintsSurviveStorage() {
    Fingerprint fingerprint = MaterialChanges.fingerprints(example).get("newsletter");
    assertThat(Fingerprint.decode(fingerprint.encoded())).isEqualTo(fingerprint);
  }

  private static Map<String, List<String>> changed(Inventory before, Inventory after) {
    Map<String, Fingerprint> old = MaterialChanges.fingerprints(before);
    Map<String, List<String>> changed = new LinkedHashMap<>();
    MaterialChanges.fingerprints(after)
        .forEach(
            (code, fingerprint) -> {
              List<String> reasons = MaterialChanges.reasons(old.get(code), fingerprint);
              if (!reasons.isEmpty()) {
                changed.put(code, reasons);
              }
            });
    return changed;
  }
}
