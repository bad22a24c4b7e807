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

/** When the organisation chooses to name its staff, the package names them, with their role. */
@VernTest
@TestPropertySource(
    properties = {"vern.dsr.answers.include-read-log=true", "vern.dsr.answers.read-log-names=true"})
class ReadLogWithNamesIT {

  @Autowired AccessPackages packages;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired ConsentLedger ledger;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void theCaseHandlerIsNamedWithTheRoleInThePersonsLanguage() {
    var person = DsrFixtures.person(registry, records, ledger, clock.instant());
    String username = "kari.handler." + UUID.randomUUID() + "@example.invalid";
    UUID handler = ReadLogStaff.user(jdbc, username, "CASE_HANDLER");
    records.ofSubject(person.subject(), "user:" + handler);

    AccessPackage p = packages.of(person.subject(), "nb", "system:dsr-download");

    assertThat(p.reads())
        .anySatisfy(r -> assertThat(r.staff()).isEqualTo(username + " (saksbehandler)"));
  }
}
