package no.vern.disclosure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.vern.inventory.Inventory;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import no.vern.inventory.Recipient;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import no.vern.subject.SubjectRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disclosures reported through the API, checked whole against the inventory in force (every item
 * valid, or nothing stored, each mistake named with its path), then stored and audited in one
 * transaction. The recipient's role and transfer mechanism come from the inventory, never from the
 * caller, so the register cannot disagree with the record of processing.
 */
@Service
class DisclosureReports {

  static final int MAX_BATCH = 500;
  static final String REASON = "REPORTED";

  private final ProcessingInventory inventory;
  private final SubjectRegistry registry;
  private final JdbcDisclosures disclosures;
  private final Clock clock;
  private final DisclosureIdempotency keys;

  DisclosureReports(
      ProcessingInventory inventory,
      SubjectRegistry registry,
      JdbcDisclosures disclosures,
      Clock clock,
      DisclosureIdempotency keys) {
    this.keys = keys;
    this.inventory = inventory;
    this.registry = registry;
    this.disclosures = disclosures;
    this.clock = clock;
  }

  @Transactional
  UUID one(DisclosureReport report, String actor, DisclosureIdempotency.@Nullable Claim key) {
    Optional<List<UUID>> kept = key == null ? Optional.empty() : keys.claim(actor, key);
    if (kept.isPresent()) {
      return kept.get().get(0);
    }
    List<UUID> ids = store(List.of(report), "", actor, null);
    if (key != null) {
      keys.keep(actor, key, ids);
    }
    return ids.get(0);
  }

  /** All or nothing; the ids in the order of the reports. */
  @Transactional
  List<UUID> batch(
      @Nullable List<DisclosureReport> reports,
      String actor,
      DisclosureIdempotency.@Nullable Claim key) {
    if (reports == null || reports.isEmpty() || reports.size() > MAX_BATCH) {
      throw refused(
          List.of(
              new FieldError("disclosures", "size", "Send 1 to " + MAX_BATCH + " disclosures.")));
    }
    Optional<List<UUID>> kept = key == null ? Optional.empty() : keys.claim(actor, key);
    if (kept.isPresent()) {
      return kept.get();
    }
    List<UUID> ids = store(reports, "disclosures", actor, UUID.randomUUID());
    if (key != null) {
      keys.keep(actor, key, ids);
    }
    return ids;
  }

  private List<UUID> store(
      List<DisclosureReport> reports, String prefix, String actor, @Nullable UUID batch) {
    Inventory active =
        inventory
            .active()
            .map(InventoryVersion::inventory)
            .orElseThrow(
                () ->
                    new ApiProblem(
                        DisclosureProblem.NO_ACTIVE_INVENTORY,
                        "Activate a processing inventory first: disclosures are checked"
                            + " against its activities and recipients."));
    List<FieldError> errors = new ArrayList<>();
    List<NewDisclosure> checked = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      String at = prefix.isEmpty() ? "" : prefix + "[" + i + "].";
      DisclosureReport r = reports.get(i);
      if (r == null) {
        errors.add(new FieldError(prefix + "[" + i + "]", "required", "Give a disclosure."));
        continue;
      }
      new DisclosureCheck(active, registry, clock, at, errors).of(r).ifPresent(checked::add);
    }
    if (!errors.isEmpty()) {
      throw refused(errors);
    }
    return disclosures.recordAll(checked, actor, batch);
  }

  private static ApiProblem refused(List<FieldError> errors) {
    return new ApiProblem(
        CommonProblem.VALIDATION_FAILED,
        "The disclosure is not valid; nothing was stored.",
        errors);
  }

  /** The mechanism of a transfer outside the EEA as the inventory declares it. */
  static @Nullable String transfer(Recipient r) {
    if (r.certifiedUnderDpf()) {
      return "adequacy-decision";
    }
    return r.transferMechanism() == null ? null : r.transferMechanism().code();
  }
}
