package no.vern.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.domain.SubjectCipher;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Phone identifiers stored by the hand-written rules before issue 9, then the one-time pass. The
 * rows are inserted as that code wrote them: its normalised form (separators removed, a written
 * trunk zero kept: {@code +44 (0)20 ...} became {@code +4402...}), indexed and encrypted with the
 * running keys. The numbers are in Ofcom's range for drama, 020 7946 0000 to 0999.
 */
@VernTest
class PhoneReindexIT {

  private static final List<String> ENDINGS = shuffledEndings();

  @Autowired PhoneReindex reindex;
  @Autowired SubjectKeys keys;
  @Autowired SubjectRegistry registry;
  @Autowired JdbcClient jdbc;

  @Test
  void twoSpellingsStoredTheOldWayFindOnePersonAndTheirSubjectsBecomeASuggestedDuplicate() {
    List<String> last = threeDistinctEndings();
    SubjectId older = subjectFrom(Instant.parse("2024-01-01T00:00:00Z"));
    SubjectId newer = subjectFrom(Instant.parse("2024-06-01T00:00:00Z"));
    storeTheOldWay(older, "+4402079460" + last.get(0));
    storeTheOldWay(newer, "+442079460" + last.get(0));
    SubjectId both = subjectFrom(Instant.parse("2024-01-01T00:00:00Z"));
    storeTheOldWay(both, "+4402079460" + last.get(1));
    storeTheOldWay(both, "+442079460" + last.get(1));
    SubjectId alone = subjectFrom(Instant.parse("2024-01-01T00:00:00Z"));
    storeTheOldWay(alone, "+4402079460" + last.get(2));
    assertThat(registry.find(phone("+44 20 7946 0" + last.get(2)))).as("before the pass").isEmpty();

    rerun();

    assertThat(registry.find(phone("+44 (0)20 7946 0" + last.get(0)))).contains(newer);
    assertThat(registry.find(phone("+44 20 7946 0" + last.get(0)))).contains(newer);
    assertThat(registry.mergeSuggestions(newer)).containsExactly(older);
    assertThat(registry.mergeSuggestions(older)).containsExactly(newer);
    assertThat(
            jdbc.sql("SELECT subject_id FROM subject_merge_suggestion WHERE candidate_id = ?")
                .param(newer.value())
                .query(UUID.class)
                .list())
        .as("the older subject is the one to keep, as a resolve would suggest")
        .containsExactly(older.value());

    assertThat(registry.identifiersOf(both, "system:test"))
        .extracting(Identifier::value)
        .containsExactly("+442079460" + last.get(1));
    assertThat(registry.find(phone("+44 (0)20 7946 0" + last.get(1)))).contains(both);

    assertThat(registry.find(phone("+44 20 7946 0" + last.get(2)))).contains(alone);
    assertThat(registry.identifiersOf(alone, "system:test"))
        .extracting(Identifier::value)
        .containsExactly("+442079460" + last.get(2));
  }

  @Test
  void thePassRunsOnceAndSaysSo() {
    rerun();
    SubjectId subject = subjectFrom(Instant.parse("2024-01-01T00:00:00Z"));
    String ending = threeDistinctEndings().get(0);
    storeTheOldWay(subject, "+4402079460" + ending);

    assertThat(reindex.runOnce()).as("a finished pass does not run again").isEmpty();
    assertThat(registry.find(phone("+44 20 7946 0" + ending))).isEmpty();
    assertThat(
            jdbc.sql("SELECT count(*) FROM subject_identifier_pass WHERE name = 'phone-e164'")
                .query(Long.class)
                .single())
        .isOne();
    jdbc.sql("DELETE FROM subject_identifier WHERE subject_id = ?").param(subject.value()).update();
  }

  private void rerun() {
    jdbc.sql("DELETE FROM subject_identifier_pass WHERE name = ?")
        .param(PhoneReindex.PASS)
        .update();
    assertThat(reindex.runOnce()).isPresent();
  }

  private SubjectId subjectFrom(Instant createdAt) {
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO subject (id, created_at) VALUES (?, ?)")
        .params(id, Timestamp.from(createdAt))
        .update();
    return new SubjectId(id);
  }

  /** As the old code wrote a row: the index and ciphertext of its normalised form. */
  private void storeTheOldWay(SubjectId subject, String oldNormalised) {
    SubjectCipher cipher = keys.cipher();
    UUID row = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO subject_identifier
              (id, subject_id, type, blind_index, ciphertext, aead_key_id, created_at)
            VALUES (?, ?, 'phone', ?, ?, ?, now())""")
        .params(
            row,
            subject.value(),
            cipher.blindIndex(IdentifierType.PHONE, oldNormalised),
            cipher.encrypt(IdentifierType.PHONE, row, oldNormalised),
            cipher.primaryKeyId())
        .update();
  }

  private static List<String> shuffledEndings() {
    List<String> endings =
        new ArrayList<>(IntStream.range(0, 1000).mapToObj("%03d"::formatted).toList());
    Collections.shuffle(endings);
    return endings;
  }

  private static Identifier phone(String written) {
    return new Identifier(IdentifierType.PHONE, written);
  }

  /**
   * Three of the thousand drama numbers, none handed out before in this class; no other test uses
   * them, and the database is fresh for every run of the suite.
   */
  private static synchronized List<String> threeDistinctEndings() {
    return List.of(ENDINGS.remove(0), ENDINGS.remove(0), ENDINGS.remove(0));
  }
}
