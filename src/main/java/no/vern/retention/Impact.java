package no.vern.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.vern.inventory.Inventory;
import no.vern.inventory.InventoryDocuments;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ParseResult;
import no.vern.retention.DueRecords.Week;
import no.vern.retention.RetentionRules.Rule;
import no.vern.retention.RetentionRules.Rules;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.time.Deadlines;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What a candidate inventory would do to due dates before it is activated: per activity whose rule
 * changes, how many records are due today under the rule in force and under the candidate's. A
 * shorter period shows here as records that the first sweep after activation takes at once.
 */
@Service
class Impact {

  /** One activity whose rule differs; a rule is null when the activity has none in that version. */
  record Change(
      String activity,
      @Nullable String ruleNow,
      @Nullable String ruleThen,
      long dueNow,
      long dueThen,
      long heldThen) {}

  record Preview(LocalDate day, int versionNow, List<Change> changes) {}

  private final RetentionRules rules;
  private final DueRecords due;
  private final Clock clock;

  Impact(RetentionRules rules, DueRecords due, Clock clock) {
    this.rules = rules;
    this.due = due;
    this.clock = clock;
  }

  Preview of(String document, InventoryDocuments.Format format) {
    ParseResult parsed = InventoryDocuments.parse(document, format);
    if (!parsed.acceptable() || parsed.inventory().isEmpty()) {
      throw new ApiProblem(
          CommonProblem.UNPROCESSABLE,
          "The inventory has "
              + parsed.errors().size()
              + " errors; PUT /api/v1/inventory lists them.");
    }
    return of(parsed.inventory().get());
  }

  /** The same for an inventory already parsed (the draft page's "what publishing will do"). */
  Preview of(Inventory candidate) {
    Rules now = rules.active();
    Rules then =
        RetentionRules.of(new InventoryVersion(0, candidate, "", Instant.EPOCH, "preview"));
    LocalDate today = LocalDate.now(clock.withZone(Deadlines.NORWAY));
    Set<String> activities = new LinkedHashSet<>();
    now.rules().forEach(r -> activities.add(r.activity()));
    then.rules().forEach(r -> activities.add(r.activity()));
    List<Change> changes = new ArrayList<>();
    for (String activity : activities) {
      Rule a = now.of(activity).orElse(null);
      Rule b = then.of(activity).orElse(null);
      if (same(a, b)) {
        continue;
      }
      long[] dueNow = counts(a, today);
      long[] dueThen = counts(b, today);
      changes.add(new Change(activity, words(a), words(b), dueNow[0], dueThen[0], dueThen[1]));
    }
    return new Preview(today, now.version(), changes);
  }

  private long[] counts(@Nullable Rule rule, LocalDate today) {
    if (rule == null) {
      return new long[2];
    }
    List<Week> weeks = due.forecast(List.of(rule), today, today);
    return new long[] {
      weeks.stream().mapToLong(Week::processed).sum(), weeks.stream().mapToLong(Week::held).sum()
    };
  }

  private static boolean same(@Nullable Rule a, @Nullable Rule b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.trigger().equals(b.trigger())
        && a.period().equals(b.period())
        && a.action().equals(b.action());
  }

  private static @Nullable String words(@Nullable Rule r) {
    return r == null ? null : r.period() + " after " + r.trigger() + ", " + r.action();
  }
}
