package no.vern.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.vern.access.AdminSession;
import no.vern.consent.ConsentLedger;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Art. 15(4) on the request's admin page: the case handler sees which of the person's records are
 * withheld because they may mention someone else, by activity and date, and releases one.
 */
@VernTest
class WithheldRecordsAdminIT {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired ConsentLedger ledger;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void theCaseHandlerSeesTheWithheldRecordOnTheRequestAndReleasesItIntoThePackage() {
    var person = DsrFixtures.person(registry, records, ledger, clock.instant());
    String request =
        new Dsr(new Http(port), context)
            .created(
                "{\"rights\":[\"access\"],\"identifiers\":{\"email\":\"%s\"},\"channel\":\"letter\"}"
                    .formatted(person.email()))
            .get("id")
            .asString();
    AdminSession admin = new AdminSession(port, "192.0.2.71");
    admin.login("admin", "test-admin-password-1234");
    String page = "/admin/requests/" + request;

    String before = admin.get(page).body();

    assertThat(before).contains("Records that may mention other people");
    String row = section(before);
    assertThat(row)
        .contains("debt-collection")
        .contains("guarantor")
        .containsPattern("\\d{4}-\\d{2}-\\d{2}")
        .contains("Release into the package")
        .doesNotContain(person.guarantor())
        .doesNotContain("enquiries");
    String record = value(row, "data-record");

    HttpResponse<String> released = admin.post(page, page + "/release", Map.of("record", record));

    assertThat(released.statusCode()).isEqualTo(302);
    String after = admin.get(page).body();
    assertThat(after).contains("The record is released into the person");
    assertThat(section(after)).contains("Released").doesNotContain("Release into the package");
    assertThat(
            jdbc.sql(
                    "SELECT (SELECT count(*) FROM audit_entry WHERE resource_id = :r AND"
                        + " action_code = 6060) + (SELECT count(*) FROM audit_pending WHERE"
                        + " resource_id = :r AND action_code = 6060)")
                .param("r", record)
                .query(Long.class)
                .single())
        .isEqualTo(1L);
    assertThat(
            jdbc.sql("SELECT count(*) FROM dsr_record_release WHERE record_id = :r")
                .param("r", UUID.fromString(record))
                .query(Long.class)
                .single())
        .isEqualTo(1L);
  }

  @Test
  void aRecordOfSomeoneElseCannotBeReleasedThroughThisRequest() {
    var person = DsrFixtures.person(registry, records, ledger, clock.instant());
    var other = DsrFixtures.person(registry, records, ledger, clock.instant());
    String request =
        new Dsr(new Http(port), context)
            .created(
                "{\"rights\":[\"access\"],\"identifiers\":{\"email\":\"%s\"},\"channel\":\"letter\"}"
                    .formatted(person.email()))
            .get("id")
            .asString();
    AdminSession admin = new AdminSession(port, "192.0.2.72");
    admin.login("admin", "test-admin-password-1234");
    String othersPage =
        "/admin/requests/"
            + new Dsr(new Http(port), context)
                .created(
                    "{\"rights\":[\"access\"],\"identifiers\":{\"email\":\"%s\"},\"channel\":\"letter\"}"
                        .formatted(other.email()))
                .get("id")
                .asString();
    String othersRecord = value(section(admin.get(othersPage).body()), "data-record");
    String page = "/admin/requests/" + request;

    HttpResponse<String> refused =
        admin.post(page, page + "/release", Map.of("record", othersRecord));

    assertThat(refused.statusCode()).isNotEqualTo(302);
    assertThat(
            jdbc.sql("SELECT count(*) FROM dsr_record_release WHERE record_id = :r")
                .param("r", UUID.fromString(othersRecord))
                .query(Long.class)
                .single())
        .isZero();
  }

  private static String section(String page) {
    int start = page.indexOf("<section id=\"withheld\"");
    assertThat(start).as("the withheld records on the page").isNotNegative();
    return page.substring(start, page.indexOf("</section>", start));
  }

  private static String value(String html, String attribute) {
    Matcher m = Pattern.compile(attribute + "=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
