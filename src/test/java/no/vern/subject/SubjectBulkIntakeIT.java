package no.vern.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link SubjectBulkIntake} against PostgreSQL: what COPY wrote reads back as the API wrote it. */
@VernTest
class SubjectBulkIntakeIT {

  @Autowired SubjectBulkIntake bulk;
  @Autowired SubjectRegistry registry;
  @Autowired SubjectKeys keys;
  @Autowired JdbcClient jdbc;

  @Test
  void everyColumnOfABulkRecordReadsBackAndItsCiphertextsDecryptWithThePrimaryKey()
      throws Exception {
    Identifier email = SubjectFixtures.email();
    Identifier nationalId = SubjectFixtures.nationalId();
    ImportId importId = new ImportId(UUID.randomUUID());
    NewRecord record =
        new NewRecord(
            "group",
            "debt-collection",
            "third-party",
            Instant.parse("2025-01-15T10:00:00.123456Z"),
            Map.of("claim", "Synthetic claim"),
            LocalDate.parse("2025-02-17"),
            Instant.parse("2025-01-20T08:00:00Z"),
            null,
            Instant.parse("2025-03-01T00:00:00Z"),
            new ScreeningMarks(List.of("HEALTH", "NATIONAL_ID"), true));

    BulkStored stored =
        bulk.storeBatch(importId, List.of(new BulkEntry(List.of(email, nationalId), record)))
            .get(0);

    assertThat(stored.newSubject()).isTrue();
    assertThat(registry.find(nationalId)).contains(stored.subject());
    Map<String, Object> row =
        jdbc.sql(
                "SELECT subject_id, controller, activity, source, collected_at, last_contact_at,"
                    + " relationship_ended_at, case_closed_at, inform_by::text AS inform_by,"
                    + " array_to_string(screening_categories, ',') AS categories, review_state,"
                    + " aead_key_id, import_id, data_ciphertext"
                    + " FROM personal_data_record WHERE id = ?")
            .param(stored.record().value())
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("subject_id", stored.subject().value())
        .containsEntry("controller", "group")
        .containsEntry("activity", "debt-collection")
        .containsEntry("source", "third-party")
        .containsEntry("relationship_ended_at", null)
        .containsEntry("inform_by", "2025-02-17")
        .containsEntry("categories", "HEALTH,NATIONAL_ID")
        .containsEntry("review_state", "AWAITING_REVIEW")
        .containsEntry("aead_key_id", keys.cipher().primaryKeyId())
        .containsEntry("import_id", importId.value());
    assertThat(((java.sql.Timestamp) row.get("collected_at")).toInstant())
        .isEqualTo(record.collectedAt());
    assertThat(((java.sql.Timestamp) row.get("last_contact_at")).toInstant())
        .isEqualTo(record.lastContactAt());
    assertThat(((java.sql.Timestamp) row.get("case_closed_at")).toInstant())
        .isEqualTo(record.caseClosedAt());
    byte[] data =
        keys.cipher().decryptRecord(stored.record().value(), (byte[]) row.get("data_ciphertext"));
    assertThat(new String(data, StandardCharsets.UTF_8))
        .isEqualTo("{\"claim\":\"Synthetic claim\"}");
    // The identifiers decrypt, bound to their rows, and are on the primary key for rotation.
    assertThat(registry.identifiersOf(stored.subject(), "system:test"))
        .containsExactlyInAnyOrder(
            SubjectRegistryIT.normalised(email), SubjectRegistryIT.normalised(nationalId));
    assertThat(
            jdbc.sql("SELECT DISTINCT aead_key_id FROM subject_identifier WHERE subject_id = ?")
                .param(stored.subject().value())
                .query(Long.class)
                .list())
        .containsExactly(keys.cipher().primaryKeyId());
  }

  @Test
  void aRowJoiningTwoKnownPeopleGoesToTheOlderAndSuggestsTheMerge() {
    Identifier first = SubjectFixtures.email();
    Identifier second = SubjectFixtures.phone();
    SubjectId older = registry.resolve(List.of(first));
    SubjectId newer = registry.resolve(List.of(second));
    Identifier fresh = SubjectFixtures.email();

    List<BulkStored> stored =
        bulk.storeBatch(
            new ImportId(UUID.randomUUID()),
            List.of(
                new BulkEntry(List.of(second, fresh, first), record()),
                new BulkEntry(List.of(fresh), record())));

    assertThat(stored).extracting(BulkStored::subject).containsOnly(older);
    assertThat(stored).extracting(BulkStored::newSubject).containsOnly(false);
    assertThat(registry.find(fresh)).contains(older);
    assertThat(registry.find(second)).contains(newer);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM subject_merge_suggestion"
                        + " WHERE subject_id = ? AND candidate_id = ?")
                .params(older.value(), newer.value())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void noTableHoldsABulkStoredIdentifierInClear() {
    List<Identifier> stored =
        List.of(
            SubjectFixtures.nationalId(),
            SubjectFixtures.bankAccount(),
            SubjectFixtures.email(),
            SubjectFixtures.phone());
    bulk.storeBatch(new ImportId(UUID.randomUUID()), List.of(new BulkEntry(stored, record())));
    List<String> tables =
        jdbc.sql(
                "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")
            .query(String.class)
            .list();
    assertThat(tables).contains("subject_identifier", "personal_data_record", "intake_import");
    for (String table : tables) {
      String sql = "SELECT count(*) FROM \"" + table + "\" t WHERE strpos(lower(t::text), ?) > 0";
      for (Identifier identifier : stored) {
        for (String form : SubjectFixtures.formsOf(identifier)) {
          assertThat(jdbc.sql(sql).param(form.toLowerCase()).query(Long.class).single())
              .as("rows of %s holding a %s", table, identifier.type().code())
              .isZero();
        }
      }
    }
  }

  private static NewRecord record() {
    return new NewRecord(
        "group",
        "enquiries",
        "contact-form",
        Instant.parse("2025-01-15T10:00:00Z"),
        Map.of("note", "Synthetic"),
        null,
        null,
        null,
        null);
  }
}
