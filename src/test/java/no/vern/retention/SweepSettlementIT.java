package no.vern.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.vern.retention.RetentionFixtures.Person;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectRegistry;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The long queue's settlement, all at once with hash joins, decides as the page-range one does: a
 * person left without records loses their identifiers and reported events, a person with a record
 * left keeps them, and the queue is empty afterwards.
 */
@VernTest
class SweepSettlementIT {

  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired SweepSettlement settlement;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  RetentionFixtures fixtures;

  @BeforeEach
  void setUp() {
    fixtures = new RetentionFixtures(registry, records);
  }

  @Test
  void settlingAllAtOnceEmptiesOnlyThePeopleWithoutRecords() {
    LocalDate day = LocalDate.of(2024, 1, 10);
    Person gone = fixtures.collected("debt-collection", day);
    Person kept = fixtures.collected("debt-collection", day);
    // As a batch leaves them: one person's record erased, both queued, one queued twice.
    jdbc.sql("DELETE FROM personal_data_record WHERE id = ?").param(gone.record().value()).update();
    for (Person p : new Person[] {gone, kept, gone}) {
      jdbc.sql("INSERT INTO retention_sweep_touched (subject_id) VALUES (?)")
          .param(p.subject().value())
          .update();
    }

    Integer settled = new TransactionTemplate(transactions).execute(s -> settlement.settleAll());

    assertThat(settled).isGreaterThanOrEqualTo(3);
    assertThat(identifiers(gone)).isZero();
    assertThat(identifiers(kept)).isEqualTo(1);
    assertThat(jdbc.sql("SELECT count(*) FROM retention_sweep_touched").query(Long.class).single())
        .isZero();
  }

  private long identifiers(Person p) {
    return jdbc.sql("SELECT count(*) FROM subject_identifier WHERE subject_id = ?")
        .param(p.subject().value())
        .query(Long.class)
        .single();
  }
}
