package no.vern.inventory.domain;

import java.util.List;
import no.vern.inventory.Inventory;
import no.vern.inventory.Problem;

/**
 * Runs every inventory rule and returns all problems at once. Each rule reports in document order;
 * rules never stop at a first finding, because a DPO should fix a document in one pass.
 */
public final class InventoryRules {

  private InventoryRules() {}

  public static List<Problem> check(Inventory inventory) {
    Problems problems = new Problems();
    RequiredFields.check(inventory, problems);
    UniqueIds.check(inventory, problems);
    References.check(inventory, problems);
    LegalBasisRules.check(inventory, problems);
    NoticeFactsRules.check(inventory, problems);
    RetentionRules.check(inventory, problems);
    RecipientRules.check(inventory, problems);
    CookieRules.check(inventory, problems);
    FormRules.check(inventory, problems);
    SystemRules.check(inventory, problems);
    BilingualTexts.check(inventory, problems);
    return problems.all();
  }
}
