package no.vern.subject;

import static no.vern.subject.SubjectFixtures.email;
import static no.vern.subject.SubjectFixtures.nationalId;
import static no.vern.subject.SubjectFixtures.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import no.vern.shared.identifier.IdentifierType;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@VernTest
class SubjectRegistryIT {

  static final String ADMIN = "user:" + UUID.randomUUID();

  @Autowired SubjectRegistry registry;
  @Autowired JdbcClient jdbc;

  /** A user who reads people must exist since issue 18 (need-to-know); this one sees everyone. */
  @org.junit.jupiter.api.BeforeEach
  void admin() {
    no.vern.support.TestUsers.withAllControllers(jdbc, ADMIN);
  }

  @Test
  void theSameIdentifierTypedDifferentlyFindsTheSamePersonAndNewOnesAreAttached() {
    Identifier email = email();
    Identifier nationalId = nationalId();
    SubjectId subject = registry.resolve(List.of(email, nationalId));

    Identifier shouted = new Identifier(IdentifierType.EMAIL, email.value().toUpperCase());
    Identifier phone = phone();
    assertThat(registry.resolve(List.of(shouted, phone))).isEqualTo(subject);

    assertThat(registry.find(phone)).contains(subject);
    assertThat(registry.find(new Identifier(IdentifierType.NATIONAL_ID, digits(nationalId))))
        .contains(subject);
    assertThat(registry.identifiersOf(subject, ADMIN))
        .containsExactlyInAnyOrder(normalised(email), normalised(nationalId), normalised(phone));
    assertThat(auditEntries(3001, subject)).isEqualTo(1);
    // Creation is queued on the trail, committed with the next batch.
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (auditEntries(3000, subject) == 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(auditEntries(3000, subject)).isEqualTo(1);
  }

  @Test
  void identifiersOfTwoSubjectsInOneResolveGoToTheOldestAndAMergeIsSuggested() {
    Identifier email = email();
    Identifier phone = phone();
    SubjectId older = registry.resolve(List.of(email));
    SubjectId newer = registry.resolve(List.of(phone));
    Identifier customer = new Identifier(IdentifierType.CUSTOMER_NUMBER, "c " + UUID.randomUUID());

    assertThat(registry.resolve(List.of(phone, email, customer))).isEqualTo(older);
    assertThat(registry.find(customer)).contains(older);
    assertThat(registry.find(phone)).contains(newer);
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
  void aMergeMovesTheIdentifiersIsAuditedByIdOnlyAndTheOldIdFollows() {
    Identifier email = email();
    Identifier nationalId = nationalId();
    SubjectId from = registry.resolve(List.of(email));
    SubjectId into = registry.resolve(List.of(nationalId));

    registry.merge(from, into, ADMIN);

    assertThat(registry.find(email)).contains(into);
    assertThat(registry.identifiersOf(from, ADMIN))
        .containsExactlyInAnyOrder(normalised(email), normalised(nationalId));
    assertThat(auditEntries(3002, from)).isEqualTo(1);
    assertThat(auditEntries(3002, into)).isEqualTo(1);
    for (Identifier identifier : List.of(email, nationalId)) {
      for (String form : SubjectFixtures.formsOf(identifier)) {
        assertThat(
                jdbc.sql("SELECT count(*) FROM audit_entry a WHERE strpos(a::text, ?) > 0")
                    .param(form)
                    .query(Long.class)
                    .single())
            .as("audit entries holding a %s", identifier.type().code())
            .isZero();
      }
    }
    assertThatThrownBy(() -> registry.merge(into, from, ADMIN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anInvalidIdentifierIsRefusedWithReasonsButNotItsValue() {
    var bad = new Identifier(IdentifierType.NATIONAL_ID, "12345678900");
    assertThatThrownBy(() -> registry.resolve(List.of(email(), bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nationalId")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("12345678900"));
    assertThat(bad.toString()).doesNotContain("12345678900");
  }

  private long auditEntries(int action, SubjectId subject) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE action_code = ? AND resource_type = 'subject'"
                + " AND resource_id = ?")
        .params(action, subject.toString())
        .query(Long.class)
        .single();
  }

  static Identifier normalised(Identifier identifier) {
    return new Identifier(
        identifier.type(), identifier.type().normalise(identifier.value()).orElseThrow());
  }

  private static String digits(Identifier identifier) {
    return identifier.value().replaceAll("\\D", "");
  }
}
