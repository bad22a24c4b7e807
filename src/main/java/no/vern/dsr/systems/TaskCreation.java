package no.vern.dsr.systems;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.dsr.DsrTaskAuditAction;
import no.vern.inventory.ConnectedSystem;
import no.vern.inventory.Inventory;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Makes one task per connected system that holds data of the given activities and takes the request
 * type, in the caller's transaction: a webhook task is due at once in the outbox, a manual one
 * waits for its assignee. Each is audited ({@code DSR_TASK_CREATED}).
 */
@Component
class TaskCreation {

  static final AuditActor SYSTEM = AuditActor.system("dsr-tasks");

  /** What one batch of tasks is for. */
  record Order(
      @Nullable UUID request,
      SubjectId subject,
      @Nullable UUID sweep,
      String type,
      Collection<String> activities,
      List<String> fields,
      LocalDate dueAt) {}

  private final ProcessingInventory inventory;
  private final TaskRows rows;
  private final Identities identities;
  private final AuditTrail audit;
  private final Clock clock;

  TaskCreation(
      ProcessingInventory inventory,
      TaskRows rows,
      Identities identities,
      AuditTrail audit,
      Clock clock) {
    this.inventory = inventory;
    this.rows = rows;
    this.identities = identities;
    this.audit = audit;
    this.clock = clock;
  }

  Inventory active() {
    return inventory.active().map(InventoryVersion::inventory).orElse(Inventory.EMPTY);
  }

  /**
   * Whether any connected system of the active inventory takes tasks of this type for one of these
   * activities: a sweep asks once per batch rather than once per person (a million people erased
   * from an activity no system holds would otherwise cost a million look-ups of the inventory).
   */
  boolean anySystemTakes(String type, List<String> activities) {
    return active().systems().stream()
        .anyMatch(s -> s.takes(type) && s.activities().stream().anyMatch(activities::contains));
  }

  /** The tasks made, by system id (a sweep's second record for a system adds to the first). */
  Map<String, UUID> create(Order order, Supplier<List<Map<String, String>>> who) {
    Map<String, UUID> made = new LinkedHashMap<>();
    List<Map<String, String>> all = null;
    Instant now = clock.instant();
    String takes = order.type().equals("restriction-lifted") ? "restriction" : order.type();
    for (ConnectedSystem system : active().systems()) {
      List<String> held =
          system.activities().stream().filter(order.activities()::contains).toList();
      if (held.isEmpty() || !system.takes(takes)) {
        continue;
      }
      if (all == null) {
        all = who.get();
      }
      UUID id = UUID.randomUUID();
      boolean inserted =
          rows.insert(
              new TaskRow(
                  id,
                  order.request(),
                  order.subject().value(),
                  order.sweep(),
                  TaskRow.SYSTEM,
                  order.type(),
                  system.id(),
                  system.recipient(),
                  system.webhook() ? "webhook" : "manual",
                  held,
                  order.fields(),
                  "open",
                  identities.seal(id, Identities.forSystem(all, system)),
                  order.dueAt(),
                  0,
                  system.webhook() ? now : null,
                  null,
                  null,
                  null,
                  now,
                  null,
                  null,
                  null));
      if (!inserted && order.sweep() != null) {
        rows.addActivity(order.sweep(), order.subject().value(), system.id(), held.get(0));
      } else if (inserted) {
        made.put(system.id(), id);
        audit.record(
            SYSTEM
                .did(
                    DsrTaskAuditAction.DSR_TASK_CREATED, "dsr-task", id.toString(), Outcome.SUCCESS)
                .because(StepLabel.reason(order.type())));
      }
    }
    return made;
  }
}
