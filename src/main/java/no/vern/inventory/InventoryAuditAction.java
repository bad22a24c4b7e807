package no.vern.inventory;

import no.vern.audit.AuditAction;
import no.vern.audit.AuditCodes;

/**
 * Audit actions of this module: The processing inventory. Codes are persisted; never renumber one.
 */
@AuditCodes(from = 2000, to = 2099)
public enum InventoryAuditAction implements AuditAction {
  INVENTORY_ACTIVATED(2000),
  INVENTORY_REJECTED(2001),
  INVENTORY_VIEWED(2002),
  /** A previewed draft was published, its consequences confirmed; the id is the new version. */
  INVENTORY_PUBLISHED(2003),
  INVENTORY_DRAFT_SAVED(2004),
  INVENTORY_DRAFT_DISCARDED(2005);

  private final int code;

  InventoryAuditAction(int code) {
    this.code = code;
  }

  @Override
  public int code() {
    return code;
  }
}
