package no.vern.dsr.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import no.vern.consent.ConsentLedger;
import no.vern.dsr.DsrFixtures;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectRegistry;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@code VERN_DSR_ANSWERS_INCLUDE_READ_LOG=true} and names left off (the default), the access
 * package lists who has looked at the person's data by role, never by name. {@link
 * ReadLogWithNamesIT} turns the names on; AccessPackageIT checks the list is absent by default.
 */
@VernTest
@TestPropertySource(properties = "vern.dsr.answers.include-read-log=true")
class ReadLogInPackageIT {

  @Autowired AccessPackages packages;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired ConsentLedger ledger;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void theCaseHandlerWhoReadTheRecordsIsListedByRoleOnly() {
    var person = DsrFixtures.person(registry, records, ledger, clock.instant());
    String username = "kari.handler." + UUID.randomUUID() + "@example.invalid";
    UUID handler = ReadLogStaff.user(jdbc, username, "CASE_HANDLER");
    records.ofSubject(person.subject(), "user:" + handler);

    AccessPackage p = packages.of(person.subject(), "en", "system:dsr-download");

    assertThat(p.reads())
        .anySatisfy(
            r -> {
              assertThat(r.actorType()).isEqualTo("USER");
              assertThat(r.action()).isEqualTo("SUBJECT_RECORDS_READ");
              assertThat(r.description()).isEqualTo("Records of a data subject read");
              assertThat(r.staff()).isEqualTo("case handler");
            });
    assertThat(p.reads().toString()).doesNotContain(username).doesNotContain(handler.toString());
    // The package's own reads are on it: Vern itself, no staff.
    assertThat(p.reads()).anySatisfy(r -> assertThat(r.actorType()).isEqualTo("SYSTEM"));
  }
}
