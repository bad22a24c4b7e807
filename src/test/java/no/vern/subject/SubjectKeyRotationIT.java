package no.vern.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

@VernTest
// Its rotation must not re-encrypt the rows of the other test contexts under a key they never saw.
@TestPropertySource(properties = "vern.test.own-keys=true")
class SubjectKeyRotationIT {

  @Autowired SubjectRegistry registry;
  @Autowired SubjectKeyRotation rotation;
  @Autowired SubjectReencryption reencryption;
  @Autowired PersonalDataRecords records;
  @Autowired SubjectKeys keys;
  @Autowired JdbcClient jdbc;

  @Test
  void afterARotationEveryRowMovesToTheNewKeyAndStillDecryptsAndIsFound() throws Exception {
    Identifier email = SubjectFixtures.email();
    Identifier nationalId = SubjectFixtures.nationalId();
    SubjectId subject = registry.resolve(List.of(email, nationalId));
    long before = keyOf(subject).get(0);
    RecordId record =
        records.store(
            subject,
            new NewRecord(
                "group",
                "enquiries",
                "contact-form",
                Instant.parse("2025-01-15T10:00:00Z"),
                Map.of("message", "Synthetic"),
                null,
                null,
                null,
                null),
            "system:test");

    long after = rotation.rotate("system:test");
    assertThat(after).isNotEqualTo(before);
    // Reads go on with the old key before the rows have moved.
    assertThat(registry.identifiersOf(subject, "system:test")).hasSize(2);

    // The scheduled run may hold the lock for a moment; the rows must move either way.
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (keyOf(subject).stream().anyMatch(k -> k != after) && System.nanoTime() < deadline) {
      reencryption.reencryptAll();
    }
    assertThat(keyOf(subject)).containsOnly(after);
    while (recordKey(record) != after && System.nanoTime() < deadline) {
      reencryption.reencryptAll();
    }
    assertThat(recordKey(record)).isEqualTo(after);
    byte[] data =
        keys.cipher()
            .decryptRecord(
                record.value(),
                jdbc.sql("SELECT data_ciphertext FROM personal_data_record WHERE id = ?")
                    .param(record.value())
                    .query(byte[].class)
                    .single());
    assertThat(new String(data, StandardCharsets.UTF_8)).isEqualTo("{\"message\":\"Synthetic\"}");
    assertThat(
            jdbc.sql("SELECT count(*) FROM subject_identifier WHERE aead_key_id = ?")
                .param(before)
                .query(Long.class)
                .single())
        .as("rows left on the old key")
        .isZero();
    assertThat(registry.identifiersOf(subject, "system:test"))
        .containsExactlyInAnyOrder(
            SubjectRegistryIT.normalised(email), SubjectRegistryIT.normalised(nationalId));
    assertThat(registry.find(email)).contains(subject);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE action_code = 3003 AND resource_id = ?")
                .param(Long.toString(after))
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private long recordKey(RecordId record) {
    return jdbc.sql("SELECT aead_key_id FROM personal_data_record WHERE id = ?")
        .param(record.value())
        .query(Long.class)
        .single();
  }

  private List<Long> keyOf(SubjectId subject) {
    return jdbc.sql("SELECT aead_key_id FROM subject_identifier WHERE subject_id = ?")
        .param(subject.value())
        .query(Long.class)
        .list();
  }
}
