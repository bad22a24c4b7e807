package no.vern.intake.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vern.intake.records.RecordRequest;
import no.vern.intake.records.RecordValidation;
import no.vern.shared.identifier.IdentifierType;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import no.vern.shared.time.Deadlines;
import no.vern.shared.time.StorableDates;

/**
 * What an import's header row says each column is: an identifier (named by its type's code), one of
 * the record's dates, or a key of {@code data}. Turns a row into the same {@link RecordRequest} the
 * JSON API takes, so both are validated and stored by one path.
 */
final class ImportColumns {

  static final Set<String> DATES =
      Set.of(
          "collectedAt",
          "lastContactAt",
          "relationshipEndedAt",
          "caseClosedAt",
          "firstCommunicationAt",
          "firstDisclosureAt");

  private final List<String> names;

  private ImportColumns(List<String> names) {
    this.names = names;
  }

  /** The columns, or an {@link ApiProblem} when the header cannot be the first row of an import. */
  static ImportColumns of(List<String> header) {
    List<FieldError> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> names = header.stream().map(String::strip).toList();
    int dataColumns = 0;
    boolean identifier = false;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String field = "header[" + (i + 1) + "]";
      if (name.isEmpty()) {
        errors.add(new FieldError(field, "required", "Every column needs a name."));
      } else if (!seen.add(name)) {
        errors.add(new FieldError(field, "duplicate", "Each column name may appear once."));
      } else if (IdentifierType.fromCode(name).isPresent()) {
        identifier = true;
      } else if (!DATES.contains(name)) {
        dataColumns++;
      }
    }
    if (!identifier) {
      errors.add(
          new FieldError(
              "header",
              "identifier",
              "The header row must name at least one identifier column (email, phone, nationalId,"
                  + " customerNumber, caseNumber, bankAccount, organisationNumber)."));
    }
    if (dataColumns > RecordValidation.MAX_DATA_KEYS) {
      errors.add(
          new FieldError(
              "header", "size", "At most " + RecordValidation.MAX_DATA_KEYS + " data columns."));
    }
    if (!errors.isEmpty()) {
      throw new ApiProblem(
          CommonProblem.VALIDATION_FAILED,
          "The header row is not usable; no row was read or stored.",
          errors);
    }
    return new ImportColumns(names);
  }

  /**
   * The row as a request. An empty cell is an absent value: CSV cannot tell empty from missing.
   * Dates that cannot be read are added to {@code errors}, named by their column.
   */
  RecordRequest request(List<String> row, String activity, String source, List<FieldError> errors) {
    if (row.size() != names.size()) {
      errors.add(
          new FieldError(
              null,
              "columns",
              "The row has " + row.size() + " fields; the header has " + names.size() + "."));
    }
    Map<String, String> identifiers = new LinkedHashMap<>();
    Map<String, Object> data = new LinkedHashMap<>();
    Map<String, Instant> dates = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(row.size(), names.size()); i++) {
      String name = names.get(i);
      String value = row.get(i);
      if (value.isBlank()) {
        continue;
      }
      if (IdentifierType.fromCode(name).isPresent()) {
        identifiers.put(name, value);
      } else if (DATES.contains(name)) {
        dates.put(name, instant(name, value.strip(), errors));
      } else {
        data.put(name, value);
      }
    }
    return new RecordRequest(
        activity,
        identifiers,
        data,
        source,
        dates.get("collectedAt"),
        dates.get("lastContactAt"),
        dates.get("relationshipEndedAt"),
        dates.get("caseClosedAt"),
        dates.get("firstCommunicationAt"),
        dates.get("firstDisclosureAt"));
  }

  /**
   * An ISO instant, or an ISO date taken as the start of that day in Norway; in the years Vern
   * stores ({@link StorableDates}), as a JSON body's dates are.
   */
  private static Instant instant(String column, String value, List<FieldError> errors) {
    try {
      Instant instant =
          value.length() == 10
              ? LocalDate.parse(value).atStartOfDay(Deadlines.NORWAY).toInstant()
              : Instant.parse(value);
      if (!StorableDates.holds(instant)) {
        errors.add(new FieldError(column, "range", StorableDates.RULE));
        return null;
      }
      return instant;
    } catch (DateTimeParseException e) {
      errors.add(
          new FieldError(
              column,
              "format",
              "Use an ISO date (2025-01-15) or an instant (2025-01-15T10:00:00Z)."));
      return null;
    }
  }
}
