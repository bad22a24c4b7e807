package no.vern.subject;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.vern.subject.domain.SubjectCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcRectifications implements Rectifications {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The subject and the subjects merged into it, as {@code :subject}. */
  private static final String FAMILY =
      "subject_id IN (SELECT id FROM subject WHERE id = :subject OR merged_into = :subject)";

  private final JdbcClient jdbc;
  private final Subjects subjects;
  private final SubjectKeys keys;
  private final Clock clock;

  JdbcRectifications(JdbcClient jdbc, Subjects subjects, SubjectKeys keys, Clock clock) {
    this.jdbc = jdbc;
    this.subjects = subjects;
    this.keys = keys;
    this.clock = clock;
  }

  @Override
  public boolean replaceIdentifier(SubjectId subject, Identifier identifier) {
    UUID live =
        subjects.live(subject.value()).orElseThrow(() -> new UnknownSubjectException(subject));
    SubjectCipher cipher = keys.cipher();
    IndexedIdentifier indexed = IndexedIdentifier.of(identifier, cipher);
    Optional<UUID> holder = subjects.holderOf(indexed.type(), indexed.blindIndex());
    if (holder.isPresent() && !holder.get().equals(live)) {
      throw new IllegalStateException("Another subject holds this " + indexed.type());
    }
    int removed =
        jdbc.sql(
                "DELETE FROM subject_identifier WHERE "
                    + FAMILY
                    + " AND type = :type AND blind_index <> :index")
            .param("subject", live)
            .param("type", indexed.type())
            .param("index", indexed.blindIndex())
            .update();
    if (holder.isPresent()) {
      return removed > 0;
    }
    UUID row = UUID.randomUUID();
    byte[] ct = cipher.encrypt(identifier.type(), row, indexed.normalised());
    if (!subjects.attach(
        row,
        live,
        indexed.type(),
        indexed.blindIndex(),
        ct,
        cipher.primaryKeyId(),
        clock.instant())) {
      throw new IllegalStateException("Another subject took this " + indexed.type());
    }
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Optional<String> correctRecord(
      SubjectId subject, RecordId record, Map<String, Object> fields) {
    UUID live =
        subjects.live(subject.value()).orElseThrow(() -> new UnknownSubjectException(subject));
    Optional<Map.Entry<String, byte[]>> stored =
        jdbc.sql(
                "SELECT activity, data_ciphertext FROM personal_data_record WHERE id = :id AND "
                    + FAMILY
                    + " FOR UPDATE")
            .param("id", record.value())
            .param("subject", live)
            .query((rs, n) -> Map.entry(rs.getString(1), rs.getBytes(2)))
            .optional();
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    SubjectCipher cipher = keys.cipher();
    Map<String, Object> data;
    try {
      data =
          new LinkedHashMap<>(
              JSON.readValue(
                  cipher.decryptRecord(record.value(), stored.get().getValue()), Map.class));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Record " + record + " does not decrypt", e);
    }
    fields.forEach(
        (k, v) -> {
          if (v == null) {
            data.remove(k);
          } else {
            data.put(k, v);
          }
        });
    byte[] ct = cipher.encryptRecord(record.value(), JSON.writeValueAsBytes(data));
    // A rectified name is found by its new spelling only.
    jdbc.sql(
            "UPDATE personal_data_record SET data_ciphertext = ?, aead_key_id = ?, name_index = ?"
                + " WHERE id = ?")
        .params(ct, cipher.primaryKeyId(), cipher.nameIndexOf(data), record.value())
        .update();
    return Optional.of(stored.get().getKey());
  }
}
