package no.vern.cookie.log;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import org.jspecify.annotations.Nullable;

/** The days an export covers, both included: {@code from} and {@code to} as YYYY-MM-DD. */
record ExportPeriod(LocalDate from, LocalDate to) {

  static ExportPeriod parse(@Nullable String from, @Nullable String to) {
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    if (end.isBefore(start)) {
      throw new ApiProblem(CommonProblem.INVALID_PARAMETER, "'to' must not be before 'from'.");
    }
    if (ChronoUnit.DAYS.between(start, end) >= CookieLogReads.MAX_EXPORT_DAYS) {
      throw new ApiProblem(
          CommonProblem.INVALID_PARAMETER,
          "One export covers at most " + CookieLogReads.MAX_EXPORT_DAYS + " days.");
    }
    return new ExportPeriod(start, end);
  }

  String filename() {
    return "cookie-consents-" + from + "-" + to + ".csv";
  }

  private static LocalDate date(String name, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw new ApiProblem(
          CommonProblem.INVALID_PARAMETER, "'" + name + "' is required, as YYYY-MM-DD.");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new ApiProblem(
          CommonProblem.INVALID_PARAMETER, "'" + name + "' must be a date as YYYY-MM-DD.");
    }
  }
}
