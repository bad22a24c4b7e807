package no.vern.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.vern.retention.DueRecords.Waiting;
import no.vern.retention.DueRecords.Week;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import no.vern.shared.time.Deadlines;
import org.springframework.stereotype.Service;

/**
 * What the sweep will do in the next days, and what waits for its trigger. The forecast for {@code
 * days} counts what is due on or before today plus {@code days}, with the sweep's own SQL, so the
 * forecast for one day is what tomorrow's sweep takes (unless holds or reports change before).
 */
@Service
class Forecasts {

  static final int MAX_DAYS = 366;

  /** The forecast: per activity and week; {@code version} is the inventory it follows. */
  record Forecast(int version, LocalDate from, LocalDate until, List<Week> weeks) {

    public long processed() {
      return weeks.stream().mapToLong(Week::processed).sum();
    }

    public long held() {
      return weeks.stream().mapToLong(Week::held).sum();
    }
  }

  private final RetentionRules rules;
  private final DueRecords due;
  private final ProofStores proofs;
  private final Clock clock;

  Forecasts(RetentionRules rules, DueRecords due, ProofStores proofs, Clock clock) {
    this.rules = rules;
    this.due = due;
    this.proofs = proofs;
    this.clock = clock;
  }

  Forecast forecast(int days) {
    return forecast(days, clock);
  }

  Forecast forecast(int days, Clock at) {
    if (days < 0 || days > MAX_DAYS) {
      throw new ApiProblem(
          CommonProblem.VALIDATION_FAILED,
          "Ask for 0 to " + MAX_DAYS + " days.",
          List.of(new FieldError("days", "range", "From 0 to " + MAX_DAYS + ".")));
    }
    LocalDate today = LocalDate.now(at.withZone(Deadlines.NORWAY));
    var active = rules.active();
    LocalDate until = today.plusDays(days);
    List<Week> weeks = new java.util.ArrayList<>();
    for (var rule : active.rules()) {
      weeks.addAll(
          ProofStores.handles(rule)
              ? proofs.forecast(rule, today, until)
              : due.forecast(List.of(rule), today, until));
    }
    return new Forecast(active.version(), today, until, weeks);
  }

  List<Waiting> waiting() {
    return due.waiting(rules.active().rules());
  }
}
