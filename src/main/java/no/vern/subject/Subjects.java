package no.vern.subject;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for subjects, their identifier rows and merge suggestions. Values only as ciphertext. */
@Repository
class Subjects {

  record StoredIdentifier(UUID id, String type, byte[] ciphertext) {}

  private final JdbcClient jdbc;

  Subjects(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<UUID> holderOf(String type, byte[] blindIndex) {
    return jdbc.sql("SELECT subject_id FROM subject_identifier WHERE type = ? AND blind_index = ?")
        .params(type, blindIndex)
        .query(UUID.class)
        .optional();
  }

  /** Holders by {@link #key}, in one query; identifiers nobody holds are absent. */
  Map<String, UUID> holdersOf(List<IndexedIdentifier> identifiers) {
    if (identifiers.isEmpty()) {
      return Map.of();
    }
    Map<String, UUID> holders = new HashMap<>();
    jdbc.sql(
            "SELECT i.type, i.blind_index, i.subject_id FROM subject_identifier i"
                + " JOIN unnest(?::text[], ?::bytea[]) AS wanted(type, blind_index)"
                + " ON i.type = wanted.type AND i.blind_index = wanted.blind_index")
        .params(
            identifiers.stream().map(IndexedIdentifier::type).toArray(String[]::new),
            identifiers.stream().map(IndexedIdentifier::blindIndex).toArray(byte[][]::new))
        .query(
            rs -> {
              holders.put(key(rs.getString(1), rs.getBytes(2)), rs.getObject(3, UUID.class));
            });
    return holders;
  }

  static String key(IndexedIdentifier identifier) {
    return key(identifier.type(), identifier.blindIndex());
  }

  private static String key(String type, byte[] blindIndex) {
    return type + ":" + HexFormat.of().formatHex(blindIndex);
  }

  void create(UUID id, Instant at) {
    jdbc.sql("INSERT INTO subject (id, created_at) VALUES (?, ?)")
        .params(id, Timestamp.from(at))
        .update();
  }

  /** False when the identifier is already taken, by a concurrent resolve for instance. */
  boolean attach(
      UUID id, UUID subject, String type, byte[] index, byte[] ct, long key, Instant at) {
    return jdbc.sql(
                """
                INSERT INTO subject_identifier
                  (id, subject_id, type, blind_index, ciphertext, aead_key_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (type, blind_index) DO NOTHING""")
            .params(id, subject, type, index, ct, key, Timestamp.from(at))
            .update()
        == 1;
  }

  UUID oldest(Collection<UUID> subjects) {
    return jdbc.sql("SELECT id FROM subject WHERE id = ANY(?) ORDER BY created_at, id LIMIT 1")
        .param(subjects.toArray(UUID[]::new))
        .query(UUID.class)
        .single();
  }

  void suggestMerge(UUID subject, UUID candidate, Instant at) {
    jdbc.sql(
            "INSERT INTO subject_merge_suggestion (subject_id, candidate_id, suggested_at)"
                + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
        .params(subject, candidate, Timestamp.from(at))
        .update();
  }

  /** The subject itself, or the one it was (perhaps in several steps) merged into. */
  Optional<UUID> live(UUID subject) {
    return jdbc.sql(
            """
            WITH RECURSIVE chain(id, merged_into, depth) AS (
              SELECT id, merged_into, 0 FROM subject WHERE id = ?
              UNION ALL
              SELECT s.id, s.merged_into, c.depth + 1 FROM subject s
                JOIN chain c ON s.id = c.merged_into WHERE c.depth < 100)
            SELECT id FROM chain WHERE merged_into IS NULL""")
        .param(subject)
        .query(UUID.class)
        .optional();
  }

  /** Both sides of every merge suggestion that names this subject or one merged into it. */
  List<UUID> suggestedWith(UUID live) {
    return jdbc.sql(
            """
            WITH family AS (SELECT id FROM subject WHERE id = :live OR merged_into = :live)
            SELECT candidate_id FROM subject_merge_suggestion WHERE subject_id IN (SELECT id FROM family)
            UNION
            SELECT subject_id FROM subject_merge_suggestion WHERE candidate_id IN (SELECT id FROM family)
            ORDER BY 1""")
        .param("live", live)
        .query(UUID.class)
        .list();
  }

  List<StoredIdentifier> identifiersOf(UUID subject) {
    return jdbc.sql(
            "SELECT id, type, ciphertext FROM subject_identifier WHERE subject_id = ?"
                + " ORDER BY created_at, id")
        .param(subject)
        .query(StoredIdentifier.class)
        .list();
  }

  /**
   * Locks both subjects in id order (so two merges cannot deadlock) and says whether both are still
   * unmerged: a concurrent merge may have changed them since they were read.
   */
  boolean lockUnmerged(UUID a, UUID b) {
    return jdbc
            .sql("SELECT merged_into FROM subject WHERE id IN (?, ?) ORDER BY id FOR UPDATE")
            .params(a, b)
            .query((rs, n) -> rs.getObject(1) == null)
            .list()
            .stream()
            .filter(unmerged -> unmerged)
            .count()
        == 2;
  }

  void merge(UUID from, UUID into) {
    jdbc.sql("UPDATE subject_identifier SET subject_id = ? WHERE subject_id = ?")
        .params(into, from)
        .update();
    jdbc.sql("UPDATE subject SET merged_into = ? WHERE id = ? OR merged_into = ?")
        .params(into, from, from)
        .update();
    jdbc.sql(
            "DELETE FROM subject_merge_suggestion WHERE (subject_id = ? AND candidate_id = ?)"
                + " OR (subject_id = ? AND candidate_id = ?)")
        .params(from, into, into, from)
        .update();
  }
}
