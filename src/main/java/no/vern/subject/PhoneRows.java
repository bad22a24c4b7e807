package no.vern.subject;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.vern.shared.identifier.IdentifierType;
import no.vern.shared.identifier.Parsed;
import no.vern.subject.domain.SubjectCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What {@link PhoneReindex} does to one stored phone identifier, inside its batch's transaction.
 * Logs row ids only, never a number.
 */
@Component
class PhoneRows {

  private static final IdentifierType PHONE = IdentifierType.PHONE;
  private static final Logger log = LoggerFactory.getLogger(PhoneRows.class);

  record Row(UUID id, UUID subjectId, byte[] ciphertext) {}

  /** How many rows each outcome had; the columns of {@code subject_identifier_pass}. */
  record Counts(int reindexed, int removed, int suggested, int leftAsIs) {
    static final Counts NONE = new Counts(0, 0, 0, 0);

    Counts plus(Counts other) {
      return new Counts(
          reindexed + other.reindexed,
          removed + other.removed,
          suggested + other.suggested,
          leftAsIs + other.leftAsIs);
    }
  }

  private final JdbcClient jdbc;
  private final Subjects subjects;
  private final Clock clock;

  PhoneRows(JdbcClient jdbc, Subjects subjects, Clock clock) {
    this.jdbc = jdbc;
    this.subjects = subjects;
    this.clock = clock;
  }

  List<Row> after(UUID after, int limit) {
    return jdbc.sql(
            "SELECT id, subject_id, ciphertext FROM subject_identifier WHERE type = ? AND id > ?"
                + " ORDER BY id LIMIT ? FOR UPDATE")
        .params(PHONE.code(), after, limit)
        .query(Row.class)
        .list();
  }

  /**
   * Gives the row the index of its new form. When another row already holds that index, the two
   * rows are one number: the same subject keeps one of them; two subjects are suggested for a merge
   * (a person decides), and this row keeps its old index so nothing about either subject is lost.
   */
  Counts reindex(SubjectCipher cipher, Row row) {
    String stored;
    try {
      stored = cipher.decrypt(PHONE, row.id(), row.ciphertext());
    } catch (GeneralSecurityException e) {
      log.warn("Phone identifier {} does not decrypt with this keyset; left as it is", row.id());
      return new Counts(0, 0, 0, 1);
    }
    if (!(PHONE.normalise(stored) instanceof Parsed.Valid<String> valid)) {
      log.warn("Phone identifier {} is no valid number under the new rules; left as is", row.id());
      return new Counts(0, 0, 0, 1);
    }
    String e164 = valid.value();
    if (e164.equals(stored)) {
      return Counts.NONE;
    }
    byte[] index = cipher.blindIndex(PHONE, e164);
    Optional<UUID> holder = subjects.holderOf(PHONE.code(), index);
    if (holder.isEmpty()) {
      jdbc.sql(
              "UPDATE subject_identifier SET blind_index = ?, ciphertext = ?, aead_key_id = ?"
                  + " WHERE id = ?")
          .params(index, cipher.encrypt(PHONE, row.id(), e164), cipher.primaryKeyId(), row.id())
          .update();
      return new Counts(1, 0, 0, 0);
    }
    if (holder.get().equals(row.subjectId())) {
      jdbc.sql("DELETE FROM subject_identifier WHERE id = ?").param(row.id()).update();
      return new Counts(0, 1, 0, 0);
    }
    // Oriented as a resolve would: the older subject first.
    UUID first = subjects.oldest(List.of(holder.get(), row.subjectId()));
    UUID other = first.equals(holder.get()) ? row.subjectId() : holder.get();
    subjects.suggestMerge(first, other, clock.instant());
    return new Counts(0, 0, 1, 0);
  }
}
