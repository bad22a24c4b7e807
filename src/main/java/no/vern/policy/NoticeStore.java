package no.vern.policy;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.vern.shared.lock.AdvisoryLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published versions, append-only (the table's triggers refuse updates and deletes). */
@Repository
class NoticeStore {

  /** Serialises publications across instances; any constant unique to this table will do. */
  private static final String SUMMARY =
      "version, inventory_version, published_at, content_sha256 FROM privacy_notice";

  private final JdbcClient jdbc;

  NoticeStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void lockForPublication() {
    jdbc.sql(AdvisoryLock.TRANSACTION_LOCK_SQL)
        .param(PolicyLocks.PUBLISH.key())
        .query()
        .singleRow();
  }

  Optional<PublishedNotice> latest() {
    return jdbc.sql("SELECT " + SUMMARY + " ORDER BY version DESC LIMIT 1")
        .query(NoticeStore::summary)
        .optional();
  }

  Optional<PublishedNotice> find(int version) {
    return jdbc.sql("SELECT " + SUMMARY + " WHERE version = ?")
        .param(version)
        .query(NoticeStore::summary)
        .optional();
  }

  /** Newest first. */
  List<PublishedNotice> all() {
    return jdbc.sql("SELECT " + SUMMARY + " ORDER BY version DESC")
        .query(NoticeStore::summary)
        .list();
  }

  Optional<String> content(int version) {
    return jdbc.sql("SELECT content::text FROM privacy_notice WHERE version = ?")
        .param(version)
        .query(String.class)
        .optional();
  }

  Optional<String> html(int version, String language) {
    String column = "en".equals(language) ? "html_en" : "html_nb";
    return jdbc.sql("SELECT " + column + " FROM privacy_notice WHERE version = ?")
        .param(version)
        .query(String.class)
        .optional();
  }

  void insert(PublishedNotice notice, String contentJson, String htmlNb, String htmlEn) {
    jdbc.sql(
            """
            INSERT INTO privacy_notice
              (version, inventory_version, published_at, content, html_nb, html_en, content_sha256)
            VALUES (?, ?, ?, ?::jsonb, ?, ?, ?)""")
        .params(
            notice.version(),
            notice.inventoryVersion(),
            Timestamp.from(notice.publishedAt()),
            contentJson,
            htmlNb,
            htmlEn,
            notice.contentSha256())
        .update();
  }

  void insertPurpose(int version, PurposeChange change) {
    jdbc.sql(
            "INSERT INTO privacy_notice_purpose (version, purpose, fingerprint, changed, reasons)"
                + " VALUES (?, ?, ?, ?, ?::text[])")
        .params(
            version,
            change.purpose(),
            change.fingerprint(),
            change.changed(),
            "{" + String.join(",", change.reasons()) + "}")
        .update();
  }

  List<PurposeChange> purposes(int version) {
    return jdbc.sql(
            "SELECT purpose, fingerprint, reasons FROM privacy_notice_purpose"
                + " WHERE version = ? ORDER BY purpose")
        .param(version)
        .query((rs, row) -> new PurposeChange(rs.getString(1), rs.getString(2), reasons(rs)))
        .list();
  }

  private static List<String> reasons(ResultSet rs) throws SQLException {
    Array array = rs.getArray(3);
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  private static PublishedNotice summary(ResultSet rs, int row) throws SQLException {
    Instant published = rs.getTimestamp("published_at").toInstant();
    return new PublishedNotice(
        rs.getInt("version"),
        rs.getInt("inventory_version"),
        published,
        rs.getString("content_sha256"));
  }
}
