package no.vern.consent.purpose;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.vern.consent.domain.Target;
import no.vern.inventory.Activity;
import no.vern.inventory.ConsentPurpose;
import no.vern.inventory.Inventory;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.LegalBasis;
import no.vern.inventory.LegalGround;

/**
 * One inventory version's consent purposes and activities, resolved for decisions. A consent
 * purpose code takes precedence over an activity with the same id; both lead to the same consent.
 */
public record Purposes(int inventoryVersion, Inventory inventory, Map<String, Target> targets) {

  static final Purposes NONE = new Purposes(0, null, Map.of());

  static Purposes of(InventoryVersion version) {
    Inventory inventory = version.inventory();
    Map<String, Target> targets = new LinkedHashMap<>();
    for (Activity activity : inventory.activities()) {
      targets.put(activity.id(), activityTarget(activity));
    }
    for (ConsentPurpose purpose : inventory.consentPurposes()) {
      List<Activity> using =
          inventory.activities().stream()
              .filter(a -> purpose.code().equals(a.consentPurpose()))
              .toList();
      String basis =
          using.stream().anyMatch(a -> a.restsOn(LegalBasis.A9_2_A))
              ? LegalBasis.A9_2_A.code()
              : LegalBasis.A6_1_A.code();
      targets.put(
          purpose.code(),
          new Target(purpose.code(), using.stream().map(Activity::id).toList(), List.of(basis)));
    }
    return new Purposes(version.number(), inventory, Map.copyOf(targets));
  }

  /**
   * An activity with a consent purpose follows the consent, even when it names another basis as
   * well (the example's newsletter goes to clients on legitimate interest): Vern cannot tell which
   * group a person is in, so it gives the stricter answer.
   */
  private static Target activityTarget(Activity activity) {
    if (activity.consentPurpose() != null) {
      String basis =
          activity.restsOn(LegalBasis.A9_2_A) ? LegalBasis.A9_2_A.code() : LegalBasis.A6_1_A.code();
      return new Target(activity.consentPurpose(), List.of(activity.id()), List.of(basis));
    }
    List<String> bases =
        activity.legalBases().stream()
            .map(LegalGround::basis)
            .filter(b -> b != null && !b.consent())
            .map(LegalBasis::code)
            .distinct()
            .toList();
    return new Target(null, List.of(activity.id()), bases);
  }

  public Optional<Target> target(String purposeOrActivity) {
    return Optional.ofNullable(purposeOrActivity).map(targets::get);
  }

  public Optional<ConsentPurpose> consentPurpose(String code) {
    if (inventory == null || code == null) {
      return Optional.empty();
    }
    return inventory.consentPurposes().stream().filter(p -> code.equals(p.code())).findFirst();
  }

  public Optional<Period> maxAge(String code) {
    return consentPurpose(code).map(ConsentPurpose::maxAge);
  }
}
