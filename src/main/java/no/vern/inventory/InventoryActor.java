package no.vern.inventory;

import java.util.UUID;
import no.vern.audit.AuditAction;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditRecord.ActorType;
import no.vern.audit.AuditRecord.Outcome;

/**
 * Who replaced the inventory, as the identifiers the audit trail takes. Vern's security names
 * principals {@code user:<uuid>} and {@code token:<uuid>}; start-up is {@code system:startup}.
 * Anything else is recorded as anonymous rather than copied onto the trail, since a free-form name
 * could be personal data.
 */
record InventoryActor(ActorType type, String id) {

  static final String STARTUP = "system:startup";

  static InventoryActor of(String actor) {
    String name = actor == null ? "" : actor;
    if (name.equals(STARTUP)) {
      return new InventoryActor(ActorType.SYSTEM, "startup");
    }
    if (name.startsWith("user:") && isUuid(name.substring(5))) {
      return new InventoryActor(ActorType.USER, name.substring(5));
    }
    if (name.startsWith("token:") && isUuid(name.substring(6))) {
      return new InventoryActor(ActorType.API_TOKEN, name.substring(6));
    }
    return new InventoryActor(ActorType.ANONYMOUS, "");
  }

  AuditRecord activated(int version) {
    return new AuditRecord(
        type, id, AuditAction.INVENTORY_ACTIVATED, "inventory", "" + version, Outcome.SUCCESS);
  }

  AuditRecord rejected() {
    return new AuditRecord(
        type, id, AuditAction.INVENTORY_REJECTED, "inventory", "", Outcome.FAILURE);
  }

  private static boolean isUuid(String text) {
    try {
      return UUID.fromString(text).toString().equalsIgnoreCase(text);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
