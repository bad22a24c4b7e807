package no.vern.intake.forms;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.SubjectRegistry;
import no.vern.support.StoredRows;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows a form stored, found as an admin would: the person by their e-mail address, then their
 * records by source. The public answers carry no ids to find them by.
 */
record FormRecordRows(JdbcClient jdbc, SubjectRegistry registry) {

  List<Map<String, Object>> of(String email, String formId) {
    return registry
        .find(new Identifier(IdentifierType.EMAIL, email))
        .map(
            subject ->
                jdbc.sql(
                        "SELECT id, subject_id, controller, activity, source, collected_at,"
                            + " last_contact_at, inform_by, review_state,"
                            + " array_to_string(screening_categories, ',') AS categories"
                            + " FROM personal_data_record WHERE subject_id = ? AND source = ?"
                            + " ORDER BY collected_at")
                    .params(subject.value(), "form:" + formId)
                    .query()
                    .listOfRows())
        .orElse(List.of());
  }

  Map<String, Object> single(String email, String formId) {
    List<Map<String, Object>> rows = of(email, formId);
    if (rows.size() != 1) {
      throw new AssertionError("expected one record of form " + formId + ", found " + rows.size());
    }
    return rows.get(0);
  }

  UUID id(Map<String, Object> row) {
    return (UUID) row.get("id");
  }

  /** Subjects, identifiers and records: what a refused submission must not add to. */
  StoredRows stored() {
    return StoredRows.of(jdbc, "subject", "subject_identifier", "personal_data_record");
  }
}
