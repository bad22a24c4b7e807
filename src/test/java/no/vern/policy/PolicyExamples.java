package no.vern.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.function.UnaryOperator;
import no.vern.inventory.Activity;
import no.vern.inventory.Inventory;
import no.vern.inventory.InventoryDocuments;
import no.vern.inventory.ParseResult;
import no.vern.inventory.RetentionRule;
import no.vern.inventory.Text;

/** The example inventories of the repository, and changed copies of them. */
public final class PolicyExamples {

  private PolicyExamples() {}

  /** Example (a): the debt-collection group. */
  public static Inventory debtCollectionGroup() {
    return read("examples/debt-collection-group.yaml");
  }

  public static Inventory read(String resource) {
    try (InputStream in = PolicyExamples.class.getClassLoader().getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      ParseResult parsed = InventoryDocuments.read(text, InventoryDocuments.Format.YAML);
      if (!parsed.acceptable()) {
        throw new IllegalStateException(resource + ": " + parsed.errors());
      }
      return parsed.inventory().orElseThrow();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same inventory with one activity keeping its data for another period. */
  public static Inventory withRetention(Inventory inventory, String activityId, Period period) {
    return withActivity(inventory, activityId, a -> withRetention(a, period));
  }

  /** The same inventory with one activity's purpose reworded in English only. */
  public static Inventory withEnglishPurpose(
      Inventory inventory, String activityId, String english) {
    return withActivity(
        inventory, activityId, a -> withPurpose(a, new Text(a.purpose().nb(), english)));
  }

  private static Inventory withActivity(
      Inventory inventory, String activityId, UnaryOperator<Activity> change) {
    var activities =
        inventory.activities().stream()
            .map(a -> a.id().equals(activityId) ? change.apply(a) : a)
            .toList();
    return new Inventory(
        inventory.formatVersion(),
        inventory.organisation(),
        inventory.controllers(),
        inventory.consentPurposes(),
        inventory.dataCategories(),
        inventory.subjectCategories(),
        inventory.retentionTriggers(),
        inventory.recipients(),
        inventory.securityMeasures(),
        activities,
        inventory.cookies(),
        inventory.forms(),
        inventory.audiences(),
        inventory.systems());
  }

  private static Activity withRetention(Activity a, Period period) {
    RetentionRule r = a.retention();
    return copy(
        a,
        a.purpose(),
        new RetentionRule(r.trigger(), period, r.action(), r.legalReference(), r.description()));
  }

  private static Activity withPurpose(Activity a, Text purpose) {
    return copy(a, purpose, a.retention());
  }

  private static Activity copy(Activity a, Text purpose, RetentionRule retention) {
    return new Activity(
        a.id(),
        a.controller(),
        a.role(),
        a.arrangement(),
        a.name(),
        purpose,
        a.legalBases(),
        a.consentPurpose(),
        a.dataCategories(),
        a.subjectCategories(),
        a.sources(),
        a.recipients(),
        retention,
        a.automatedDecisions(),
        a.securityMeasures(),
        a.provision(),
        a.directMarketing());
  }
}
