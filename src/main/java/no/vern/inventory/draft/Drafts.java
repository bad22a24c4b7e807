package no.vern.inventory.draft;

import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one draft of the organisation (table {@code inventory_draft}, a single row). */
@Repository
class Drafts {

  private final JdbcClient jdbc;

  Drafts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Draft> find() {
    return jdbc.sql("SELECT document, sha256, saved_at, saved_by FROM inventory_draft WHERE id = 1")
        .query(
            (rs, n) ->
                new Draft(
                    rs.getString("document"),
                    rs.getString("sha256"),
                    rs.getTimestamp("saved_at").toInstant(),
                    rs.getString("saved_by")))
        .optional();
  }

  void save(Draft draft) {
    jdbc.sql(
            "INSERT INTO inventory_draft (id, document, sha256, saved_at, saved_by)"
                + " VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET document ="
                + " excluded.document, sha256 = excluded.sha256, saved_at = excluded.saved_at,"
                + " saved_by = excluded.saved_by")
        .params(draft.document(), draft.sha256(), Timestamp.from(draft.savedAt()), draft.savedBy())
        .update();
  }

  /** True when there was one to delete; with {@code sha256}, only that very draft. */
  boolean delete(String sha256) {
    return jdbc.sql("DELETE FROM inventory_draft WHERE id = 1 AND sha256 = ?")
            .param(sha256)
            .update()
        == 1;
  }

  void delete() {
    jdbc.sql("DELETE FROM inventory_draft WHERE id = 1").update();
  }
}
