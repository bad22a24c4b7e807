package no.vern.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.vern.retention.DueRecords.Waiting;
import no.vern.retention.DueRecords.Week;
import no.vern.retention.Forecasts.Forecast;
import no.vern.retention.Holds.Hold;
import no.vern.retention.RetentionRules.Rule;
import no.vern.retention.SweepRuns.Count;
import no.vern.retention.SweepRuns.Run;
import org.springframework.stereotype.Component;

/** What the retention page shows, gathered in one place so the controller stays thin. */
@Component
class RetentionPageData {

  record WaitingRow(String activity, String trigger, long records, long days) {}

  record RunRow(Run run, List<Count> counts, long processed) {}

  record HoldRow(Hold hold, String target, boolean reviewDue) {}

  /** Recipients that must hear that an activity's records were erased (until requests exist). */
  record Tell(String activity, long records, List<String> recipients) {}

  /** One bar of the chart: a week's total, and its share of the largest week in percent. */
  record Bar(LocalDate week, long processed, long held, int percent) {}

  record Page(
      Forecast forecast,
      List<Bar> bars,
      List<WaitingRow> waiting,
      List<RunRow> runs,
      List<HoldRow> holds,
      List<Tell> tell,
      List<String> activities) {}

  private final Forecasts forecasts;
  private final SweepRuns runs;
  private final JdbcLegalHolds holds;
  private final RetentionRules rules;

  RetentionPageData(
      Forecasts forecasts, SweepRuns runs, JdbcLegalHolds holds, RetentionRules rules) {
    this.forecasts = forecasts;
    this.runs = runs;
    this.holds = holds;
    this.rules = rules;
  }

  Page page(int days, Instant now) {
    Forecast forecast = forecasts.forecast(days);
    LocalDate today = forecast.from();
    List<WaitingRow> waiting = new ArrayList<>();
    for (Waiting w : forecasts.waiting()) {
      waiting.add(
          new WaitingRow(
              w.activity(),
              w.trigger(),
              w.records(),
              RetentionAdminController.daysBetween(w.oldestCollected(), now)));
    }
    List<RunRow> runRows = new ArrayList<>();
    for (Run r : runs.latest(10)) {
      List<Count> counts = runs.counts(r.id());
      runRows.add(new RunRow(r, counts, counts.stream().mapToLong(Count::processed).sum()));
    }
    List<HoldRow> holdRows =
        holds.list().stream().map(h -> new HoldRow(h, target(h), h.reviewDue(today))).toList();
    var active = rules.active();
    return new Page(
        forecast,
        bars(forecast.weeks()),
        waiting,
        runRows,
        holdRows,
        tell(runRows, active.rules()),
        active.rules().stream().map(Rule::activity).toList());
  }

  private static List<Tell> tell(List<RunRow> runRows, List<Rule> rules) {
    Map<String, Long> erased = new TreeMap<>();
    runRows.forEach(
        r -> r.counts().forEach(c -> erased.merge(c.activity(), c.processed(), Long::sum)));
    List<Tell> out = new ArrayList<>();
    for (Rule rule : rules) {
      long n = erased.getOrDefault(rule.activity(), 0L);
      if (n > 0 && !rule.recipients().isEmpty()) {
        out.add(new Tell(rule.activity(), n, rule.recipients()));
      }
    }
    return out;
  }

  private static List<Bar> bars(List<Week> weeks) {
    Map<LocalDate, long[]> byWeek = new TreeMap<>();
    for (Week w : weeks) {
      long[] sums = byWeek.computeIfAbsent(w.week(), k -> new long[2]);
      sums[0] += w.processed();
      sums[1] += w.held();
    }
    long max = byWeek.values().stream().mapToLong(s -> s[0] + s[1]).max().orElse(0);
    List<Bar> out = new ArrayList<>();
    byWeek.forEach(
        (week, s) ->
            out.add(new Bar(week, s[0], s[1], max == 0 ? 0 : (int) ((s[0] + s[1]) * 100 / max))));
    return out;
  }

  static String target(Hold h) {
    if (h.subject() != null) return "subject";
    if (h.record() != null) return "record";
    if (h.activity() != null) return "activity";
    return "case";
  }
}
