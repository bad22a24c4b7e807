package no.vern.intake.imports;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import no.vern.subject.ImportId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One row per import with its counts, so the single audit entry of an import, which holds ids only,
 * leads to how many rows it stored and refused. The records themselves carry the import id.
 */
@Repository
public class ImportLog {

  private final JdbcClient jdbc;

  ImportLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void started(ImportId id, String actor, String activity, String source, Instant at) {
    jdbc.sql(
            "INSERT INTO intake_import (id, actor, activity, source, started_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(id.value(), actor, activity, source, Timestamp.from(at))
        .update();
  }

  /** An import's counts as last written, for an answer about an interrupted import. */
  public record Counts(@JsonProperty("import") UUID id, int imported, int failed) {}

  public Optional<Counts> counts(ImportId id) {
    return jdbc.sql("SELECT id, imported, failed FROM intake_import WHERE id = ?")
        .param(id.value())
        .query(Counts.class)
        .optional();
  }

  void finished(ImportId id, int imported, int failed, boolean complete, Instant at) {
    jdbc.sql(
            "UPDATE intake_import SET imported = ?, failed = ?, complete = ?, finished_at = ?"
                + " WHERE id = ?")
        .params(imported, failed, complete, Timestamp.from(at), id.value())
        .update();
  }
}
