package no.vern.subject;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.vern.subject.BatchResolution.Attachment;
import no.vern.subject.BatchResolution.Holder;
import no.vern.subject.domain.SubjectCipher;
import no.vern.subject.domain.TimeOrderedIds;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** The COPY statements of one batch, on the transaction's connection. */
final class BulkCopy {

  private static final String UNIQUE_VIOLATION = "23505";
  private static final String DEADLOCK = "40P01";
  private static final String SERIALIZATION = "40001";

  private final Connection connection;

  BulkCopy(Connection connection) {
    this.connection = connection;
  }

  void subjects(List<Holder> created, ImportId importId) throws SQLException {
    PgBinaryCopy rows = new PgBinaryCopy();
    for (Holder subject : created) {
      rows.row(3).uuid(subject.subject()).timestamp(subject.createdAt()).uuid(importId.value());
    }
    copy("COPY subject (id, created_at, import_id) FROM STDIN (FORMAT binary)", rows);
  }

  void identifiers(
      List<Attachment> attachments, SubjectCipher cipher, TimeOrderedIds ids, Instant now)
      throws SQLException {
    PgBinaryCopy rows = new PgBinaryCopy();
    for (Attachment attachment : attachments) {
      IndexedIdentifier identifier = attachment.identifier();
      UUID id = ids.next(now.toEpochMilli());
      rows.row(7)
          .uuid(id)
          .uuid(attachment.subject())
          .text(identifier.type())
          .bytea(identifier.blindIndex())
          .bytea(cipher.encrypt(identifier.identifier().type(), id, identifier.normalised()))
          .int8(cipher.primaryKeyId())
          .timestamp(now);
    }
    copy(
        "COPY subject_identifier (id, subject_id, type, blind_index, ciphertext, aead_key_id,"
            + " created_at) FROM STDIN (FORMAT binary)",
        rows);
  }

  void records(
      List<? extends RecordRow> entries, List<Holder> subjects, long keyId, ImportId importId)
      throws SQLException {
    PgBinaryCopy rows = new PgBinaryCopy();
    for (int i = 0; i < entries.size(); i++) {
      RecordRow entry = entries.get(i);
      NewRecord record = entry.record();
      rows.row(16)
          .uuid(entry.id())
          .uuid(subjects.get(i).subject())
          .text(record.controller())
          .text(record.activity())
          .text(record.source())
          .timestamp(record.collectedAt())
          .bytea(entry.ciphertext())
          .int8(keyId)
          .timestamp(record.lastContactAt())
          .timestamp(record.relationshipEndedAt())
          .timestamp(record.caseClosedAt())
          .date(record.informBy())
          .textArray(record.screening().categories())
          .text(record.screening().awaitingReview() ? "AWAITING_REVIEW" : null)
          .uuid(importId.value())
          .bytea(entry.nameIndex());
    }
    copy(
        "COPY personal_data_record (id, subject_id, controller, activity, source, collected_at,"
            + " data_ciphertext, aead_key_id, last_contact_at, relationship_ended_at,"
            + " case_closed_at, inform_by, screening_categories, review_state, import_id,"
            + " name_index)"
            + " FROM STDIN (FORMAT binary)",
        rows);
  }

  /** A record ready to copy: its id and its data already encrypted, bound to that id. */
  interface RecordRow {
    UUID id();

    NewRecord record();

    byte[] ciphertext();

    /** The blind index of the record's name, or null when it holds none. */
    byte @org.jspecify.annotations.Nullable [] nameIndex();
  }

  private void copy(String sql, PgBinaryCopy rows) throws SQLException {
    if (rows.rows() == 0) {
      return;
    }
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    try {
      copy.copyIn(sql, new ByteArrayInputStream(rows.finish()));
    } catch (IOException e) {
      throw new SQLException("COPY could not read its own buffer", e);
    }
  }

  /** Lost races and deadlocks are retried; anything else refuses the batch. */
  static RuntimeException translate(SQLException e) {
    String state = e.getSQLState();
    if (UNIQUE_VIOLATION.equals(state) || DEADLOCK.equals(state) || SERIALIZATION.equals(state)) {
      return new JdbcSubjectBulkIntake.Retry(e);
    }
    return new BatchNotStoredException("The database refused the batch", e);
  }
}
