package no.vern.dsr.portability;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.vern.dsr.portability.PortableData.PortableRecord;
import no.vern.inventory.Activity;
import no.vern.inventory.Inventory;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.LegalBasis;
import no.vern.inventory.ProcessingInventory;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.StoredRecord;
import no.vern.subject.SubjectId;
import org.springframework.stereotype.Service;

/**
 * Selects the portable records (Art. 20(1)): provided by the person (a record whose source is an
 * intake channel of theirs, not a third party or a register) under an activity whose bases include
 * consent (6(1)(a), 9(2)(a)) or a contract (6(1)(b)). The read is audited by the subject module.
 */
@Service
public class Portability {

  private static final Set<String> NOT_FROM_THE_PERSON =
      Set.of("third-party", "public-register", "public-source");

  private final PersonalDataRecords records;
  private final ProcessingInventory inventory;
  private final Clock clock;

  Portability(PersonalDataRecords records, ProcessingInventory inventory, Clock clock) {
    this.records = records;
    this.inventory = inventory;
    this.clock = clock;
  }

  public PortableData of(SubjectId subject, String actor) {
    Inventory active = inventory.active().map(InventoryVersion::inventory).orElse(Inventory.EMPTY);
    Map<String, Activity> activities =
        active.activities().stream().collect(Collectors.toMap(Activity::id, a -> a, (a, b) -> a));
    List<PortableRecord> portable =
        records.ofSubject(subject, actor).stream()
            .filter(r -> r.source() == null || !NOT_FROM_THE_PERSON.contains(r.source()))
            .flatMap(r -> basis(activities.get(r.activity())).map(b -> of(r, b)).stream())
            .toList();
    return new PortableData(PortableData.FORMAT, clock.instant(), subject.value(), portable);
  }

  private static PortableRecord of(StoredRecord r, String basis) {
    return new PortableRecord(r.id().value(), r.activity(), basis, r.collectedAt(), r.data());
  }

  /** {@code consent} or {@code contract} when the activity rests on one of them. */
  static Optional<String> basis(Activity activity) {
    if (activity == null) {
      return Optional.empty();
    }
    if (activity.restsOn(LegalBasis.A6_1_A) || activity.restsOn(LegalBasis.A9_2_A)) {
      return Optional.of("consent");
    }
    return activity.restsOn(LegalBasis.A6_1_B) ? Optional.of("contract") : Optional.empty();
  }
}
