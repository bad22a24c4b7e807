package no.vern.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.vern.inventory.Activity;
import no.vern.inventory.Inventory;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import no.vern.inventory.PublishConsequences;
import no.vern.inventory.RetentionRule;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For the draft page: the activities whose retention rule (trigger, period or action) the draft
 * changes, each with the number of records whose due date moves with it. Due dates are computed
 * from the inventory in force on every sweep ({@link RetentionRules}), so these records are exactly
 * the ones that get a new date; the dates themselves are on the retention page after publishing.
 * Where the new rule makes records due today that are not due now, a second line says how many the
 * first sweep after publishing takes at once ({@link Impact}, as {@code POST
 * /api/v1/retention/impact} answers).
 */
@Component
@Order(30)
class RetentionConsequences implements PublishConsequences {

  private final ProcessingInventory inventory;
  private final JdbcClient jdbc;
  private final Impact impact;

  RetentionConsequences(ProcessingInventory inventory, JdbcClient jdbc, Impact impact) {
    this.inventory = inventory;
    this.jdbc = jdbc;
    this.impact = impact;
  }

  @Override
  public List<Consequence> of(Inventory draft, String language) {
    Inventory inForce = inventory.active().map(InventoryVersion::inventory).orElse(Inventory.EMPTY);
    Map<String, Activity> before =
        inForce.activities().stream()
            .collect(Collectors.toMap(Activity::id, Function.identity(), (a, b) -> a));
    Map<String, Impact.Change> dueToday =
        impact.of(draft).changes().stream()
            .collect(Collectors.toMap(Impact.Change::activity, Function.identity(), (a, b) -> a));
    List<Consequence> result = new ArrayList<>();
    for (Activity activity : draft.activities()) {
      Activity old = before.get(activity.id());
      if (old == null || sameRule(old.retention(), activity.retention())) {
        continue;
      }
      int records =
          jdbc.sql("SELECT count(*) FROM personal_data_record WHERE activity = ?")
              .param(activity.id())
              .query(Integer.class)
              .single();
      result.add(
          new Consequence(
              "retention-" + activity.id(),
              "retention.publish.rule-changed",
              List.of(
                  activity.name() == null ? activity.id() : activity.name().in(language),
                  activity.id(),
                  inForce.retentionWords(old, language),
                  draft.retentionWords(activity, language),
                  records)));
      Impact.Change change = dueToday.get(activity.id());
      if (change != null && change.dueThen() > change.dueNow()) {
        // A shorter period: the first sweep after publishing takes these at once (issue 12).
        result.add(
            new Consequence(
                "retention-due-" + activity.id(),
                "retention.publish.due-at-once",
                List.of(
                    change.dueThen() - change.dueNow(),
                    activity.name() == null ? activity.id() : activity.name().in(language),
                    change.heldThen())));
      }
    }
    return result;
  }

  private static boolean sameRule(RetentionRule a, RetentionRule b) {
    if (a == null || b == null) {
      return a == b;
    }
    return Objects.equals(a.trigger(), b.trigger())
        && Objects.equals(a.period(), b.period())
        && a.action() == b.action();
  }
}
