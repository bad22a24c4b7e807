package no.vern.inventory.draft;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.inventory.Inventory;
import no.vern.inventory.InventoryAuditAction;
import no.vern.inventory.InventoryDocuments;
import no.vern.inventory.InventoryDocuments.Format;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.NoticePreview;
import no.vern.inventory.ParseResult;
import no.vern.inventory.ProcessingInventory;
import no.vern.inventory.PublishConsequences;
import no.vern.inventory.domain.YamlLines;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draft, preview, publish. Publishing goes through {@link ProcessingInventory#replace}, the same
 * activation the API's {@code PUT} uses, so a draft publishes exactly as a document put by an
 * integrator would, and everything that follows an activation follows this one.
 */
@Service
class DraftPublishing {

  /** What {@link #publish} did. */
  sealed interface Published {
    record Version(int number, boolean unchanged) implements Published {}

    /** The draft was saved again (or discarded) since the page that confirmed it was shown. */
    record Stale() implements Published {}

    /** The draft has errors; nothing was activated. */
    record Refused() implements Published {}
  }

  private final Drafts drafts;
  private final ProcessingInventory inventory;
  private final ObjectProvider<NoticePreview> notices;
  private final ObjectProvider<PublishConsequences> consequences;
  private final AuditTrail audit;
  private final Clock clock;

  DraftPublishing(
      Drafts drafts,
      ProcessingInventory inventory,
      ObjectProvider<NoticePreview> notices,
      ObjectProvider<PublishConsequences> consequences,
      AuditTrail audit,
      Clock clock) {
    this.drafts = drafts;
    this.inventory = inventory;
    this.notices = notices;
    this.consequences = consequences;
    this.audit = audit;
    this.clock = clock;
  }

  Optional<Draft> current() {
    return drafts.find();
  }

  /** The draft's text, or the inventory in force to start one from. */
  String startingText() {
    return drafts
        .find()
        .map(Draft::document)
        .or(() -> inventory.active().map(v -> InventoryDocuments.write(v.inventory(), Format.YAML)))
        .orElse("");
  }

  @Transactional
  Draft save(String document, String actor) {
    var draft = new Draft(document, Sha256.of(document), clock.instant(), actor);
    drafts.save(draft);
    audit.record(
        AuditActor.of(actor)
            .did(
                InventoryAuditAction.INVENTORY_DRAFT_SAVED,
                "inventory-draft",
                "",
                Outcome.SUCCESS));
    return draft;
  }

  @Transactional
  void discard(String actor) {
    drafts.delete();
    audit.record(
        AuditActor.of(actor)
            .did(
                InventoryAuditAction.INVENTORY_DRAFT_DISCARDED,
                "inventory-draft",
                "",
                Outcome.SUCCESS));
  }

  /** Reads the draft with every rule; only a publishable one is rendered and weighed. */
  DraftPreview preview(Draft draft, String language) {
    ParseResult read = InventoryDocuments.read(draft.document(), Format.YAML);
    YamlLines lines = YamlLines.of(draft.document());
    var problems =
        read.problems().stream()
            .map(
                p ->
                    new DraftPreview.LinedProblem(
                        lines.line(p.path(), p.message()), p.path(), p.message(), p.blocking()))
            .sorted(Comparator.comparingInt(DraftPreview.LinedProblem::line))
            .toList();
    if (!read.acceptable()) {
      return new DraftPreview(draft, problems, false, false, List.of(), List.of());
    }
    Inventory draftInventory = read.inventory().orElseThrow();
    boolean unchanged =
        inventory
            .active()
            .map(InventoryVersion::inventory)
            .map(active -> sameDocument(active, draftInventory))
            .orElse(false);
    List<NoticePreview.Language> rendered =
        notices.stream().flatMap(n -> n.preview(draftInventory).stream()).toList();
    List<PublishConsequences.Consequence> effects =
        consequences.orderedStream().flatMap(c -> c.of(draftInventory, language).stream()).toList();
    return new DraftPreview(draft, problems, true, unchanged, rendered, effects);
  }

  /**
   * Activates the draft the DPO confirmed, identified by its hash, and removes it: in one
   * transaction, so a refused activation keeps the draft and a published one leaves none behind.
   */
  @Transactional
  Published publish(String confirmedSha256, String actor) {
    Optional<Draft> draft = drafts.find();
    if (draft.isEmpty() || !draft.get().sha256().equals(confirmedSha256)) {
      return new Published.Stale();
    }
    int before = inventory.active().map(InventoryVersion::number).orElse(0);
    var activation = inventory.replace(draft.get().document(), Format.YAML, actor);
    if (!activation.accepted()) {
      return new Published.Refused();
    }
    int number = activation.activated().orElseThrow().number();
    drafts.delete(confirmedSha256);
    audit.recordDurably(
        AuditActor.of(actor)
            .did(
                InventoryAuditAction.INVENTORY_PUBLISHED,
                "inventory",
                String.valueOf(number),
                Outcome.SUCCESS));
    return new Published.Version(number, number == before);
  }

  private static boolean sameDocument(Inventory active, Inventory draft) {
    return InventoryDocuments.write(active, Format.YAML)
        .equals(InventoryDocuments.write(draft, Format.YAML));
  }
}
