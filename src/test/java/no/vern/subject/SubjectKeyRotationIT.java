package no.vern.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@VernTest
class SubjectKeyRotationIT {

  @Autowired SubjectRegistry registry;
  @Autowired SubjectKeyRotation rotation;
  @Autowired SubjectReencryption reencryption;
  @Autowired JdbcClient jdbc;

  @Test
  void afterARotationEveryRowMovesToTheNewKeyAndStillDecryptsAndIsFound() throws Exception {
    Identifier email = SubjectFixtures.email();
    Identifier nationalId = SubjectFixtures.nationalId();
    SubjectId subject = registry.resolve(List.of(email, nationalId));
    long before = keyOf(subject).get(0);

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

  private List<Long> keyOf(SubjectId subject) {
    return jdbc.sql("SELECT aead_key_id FROM subject_identifier WHERE subject_id = ?")
        .param(subject.value())
        .query(Long.class)
        .list();
  }
}
