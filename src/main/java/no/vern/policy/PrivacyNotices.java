package no.vern.policy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditRecord.ActorType;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.inventory.Inventory;
import no.vern.inventory.InventoryVersion;
import no.vern.policy.domain.MaterialChanges;
import no.vern.policy.domain.MaterialChanges.Fingerprint;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API: publishes the privacy notice generated from an inventory version, and reads
 * published versions. A version is published only when the generated content differs from the
 * latest one, so re-activating an equivalent inventory does not announce a change.
 */
@Service
public class PrivacyNotices {

  private final NoticeStore store;
  private final NoticeRenderer renderer;
  private final AuditTrail audit;
  private final Clock clock;

  PrivacyNotices(NoticeStore store, NoticeRenderer renderer, AuditTrail audit, Clock clock) {
    this.store = store;
    this.renderer = renderer;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Generates the notice for the inventory version and stores it as a new version when its content
   * differs from the latest. Joins the caller's transaction (the inventory activation), so a
   * failure here rolls the activation back.
   *
   * @return the new version, or the latest when nothing changed
   */
  @Transactional
  public PublishedNotice publish(InventoryVersion inventory) {
    store.lockForPublication();
    NoticeContent content = NoticeContent.of(inventory.inventory());
    String sha256 = content.sha256();
    Optional<PublishedNotice> latest = store.latest();
    if (latest.isPresent() && latest.get().contentSha256().equals(sha256)) {
      return latest.get();
    }
    int version = latest.map(PublishedNotice::version).orElse(0) + 1;
    var published = new PublishedNotice(version, inventory.number(), clock.instant(), sha256);
    store.insert(
        published,
        content.json(),
        renderer.render(content.in("nb"), published),
        renderer.render(content.in("en"), published));
    recordPurposes(version, inventory, latest);
    audit.recordDurably(
        new AuditRecord(
            ActorType.SYSTEM,
            "policy",
            PolicyAuditAction.PRIVACY_NOTICE_PUBLISHED,
            "privacy-notice",
            String.valueOf(version),
            Outcome.SUCCESS));
    return published;
  }

  private void recordPurposes(
      int version, InventoryVersion inventory, Optional<PublishedNotice> previous) {
    changesAgainst(inventory.inventory(), previous)
        .forEach((purpose, change) -> store.insertPurpose(version, change));
  }

  /**
   * What publishing {@code draft} would record per consent purpose against the notice in force,
   * with the same rule {@link #publish} applies: the purposes a draft page says will change
   * materially are the ones consent will ask to renew.
   */
  public Map<String, PurposeChange> materialChanges(Inventory draft) {
    Optional<PublishedNotice> latest = store.latest();
    // publish() stores no version, and so asks nobody, when the generated notice is the same.
    if (latest.isPresent()
        && latest.get().contentSha256().equals(NoticeContent.of(draft).sha256())) {
      return Map.of();
    }
    return changesAgainst(draft, latest);
  }

  private Map<String, PurposeChange> changesAgainst(
      Inventory inventory, Optional<PublishedNotice> previous) {
    Map<String, String> before =
        previous.stream()
            .flatMap(p -> store.purposes(p.version()).stream())
            .collect(
                java.util.stream.Collectors.toMap(
                    PurposeChange::purpose, PurposeChange::fingerprint));
    Map<String, PurposeChange> changes = new LinkedHashMap<>();
    MaterialChanges.fingerprints(inventory)
        .forEach(
            (purpose, fingerprint) -> {
              String old = before.get(purpose);
              Fingerprint oldPrint = old == null ? null : Fingerprint.decode(old);
              List<String> reasons = MaterialChanges.reasons(oldPrint, fingerprint);
              changes.put(purpose, new PurposeChange(purpose, fingerprint.encoded(), reasons));
            });
    return changes;
  }

  public Optional<PublishedNotice> latest() {
    return store.latest();
  }

  public Optional<PublishedNotice> version(int number) {
    return store.find(number);
  }

  /** Newest first. */
  public List<PublishedNotice> versions() {
    return store.all();
  }

  /** The consent purposes of a version, with the reasons each changed materially, if it did. */
  public List<PurposeChange> purposes(int version) {
    return store.purposes(version);
  }
}
