package no.vern.inventory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditTrail;
import no.vern.inventory.InventoryDocuments.Format;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The inventory in the database. Parsed versions are cached by number (a version never changes),
 * but every call asks for the highest number, so an activation by another instance is seen at once.
 */
@Service
class VersionedProcessingInventory implements ProcessingInventory {

  /** What {@link #activate} did: a new version, the unchanged active one, or nothing. */
  record Outcome(Activation activation, boolean created) {}

  private final InventoryVersions versions;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;
  private final Clock clock;
  private final Map<Integer, InventoryVersion> parsed = new ConcurrentHashMap<>();

  VersionedProcessingInventory(
      InventoryVersions versions, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
    this.versions = versions;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Optional<InventoryVersion> active() {
    int highest = versions.highestNumber();
    return highest == 0 ? Optional.empty() : version(highest);
  }

  @Override
  public Optional<InventoryVersion> version(int number) {
    InventoryVersion known = parsed.get(number);
    if (known != null) {
      return Optional.of(known);
    }
    return versions.find(number).map(this::load);
  }

  @Override
  public List<InventoryVersion.Summary> versions() {
    return versions.summaries();
  }

  /** The stored document, canonical YAML, as the active version's text. */
  Optional<String> document(int number) {
    return versions.find(number).map(InventoryVersions.Row::document);
  }

  @Override
  @Transactional
  public Activation replace(String document, Format format, String actor) {
    return activate(document, format, actor).activation();
  }

  /**
   * Validates, then under the activation lock either finds the same content already active (no new
   * version: a repeated PUT or a restart with the same file changes nothing) or inserts max + 1 and
   * publishes {@link InventoryActivated} in this transaction, so a failing listener undoes it all.
   */
  @Transactional
  Outcome activate(String document, Format format, String actor) {
    AuditActor who = AuditActor.of(actor);
    ParseResult read = InventoryDocuments.read(document, format);
    if (!read.acceptable()) {
      audit.recordDurably(
          who.did(
              InventoryAuditAction.INVENTORY_REJECTED,
              "inventory",
              "",
              AuditRecord.Outcome.FAILURE));
      return new Outcome(new Activation(Optional.empty(), read.problems()), false);
    }
    Inventory inventory = read.inventory().orElseThrow();
    String canonical = InventoryDocuments.write(inventory, Format.YAML);
    String sha256 = sha256(canonical);
    versions.lockForActivation();
    int highest = versions.highestNumber();
    Optional<InventoryVersions.Row> current = versions.find(highest);
    if (current.isPresent() && current.get().sha256().equals(sha256)) {
      InventoryVersion same = load(current.get());
      return new Outcome(new Activation(Optional.of(same), read.problems()), false);
    }
    var row = new InventoryVersions.Row(highest + 1, canonical, sha256, clock.instant(), actor);
    versions.insert(row);
    events.publishEvent(new InventoryActivated(row.number(), row.activatedAt()));
    // Last, so the trail never claims an activation a listener refused; durably, before commit.
    audit.recordDurably(
        who.did(
            InventoryAuditAction.INVENTORY_ACTIVATED,
            "inventory",
            "" + row.number(),
            AuditRecord.Outcome.SUCCESS));
    var version = new InventoryVersion(row.number(), inventory, sha256, row.activatedAt(), actor);
    return new Outcome(new Activation(Optional.of(version), read.problems()), true);
  }

  /**
   * Stored documents were valid when activated; they are parsed without today's rules so that an
   * old version stays readable after Vern adds a rule.
   */
  private InventoryVersion load(InventoryVersions.Row row) {
    Inventory inventory =
        InventoryDocuments.parse(row.document(), Format.YAML)
            .inventory()
            .orElseThrow(
                () ->
                    new IllegalStateException("Inventory version " + row.number() + " unreadable"));
    var version =
        new InventoryVersion(
            row.number(), inventory, row.sha256(), row.activatedAt(), row.activatedBy());
    remember(version);
    return version;
  }

  /**
   * Inside a transaction (a listener of the activation reading it) the row is not committed yet and
   * may be rolled back, its number later reused: cache it only once committed.
   */
  private void remember(InventoryVersion version) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      parsed.put(version.number(), version);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            parsed.put(version.number(), version);
          }
        });
  }

  static String sha256(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
