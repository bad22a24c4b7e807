package no.vern.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.NewRecord;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.RecordId;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rectification (Art. 16) from a request: identifiers and record fields, old values gone. */
@VernTest
class RectificationIT {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  Dsr dsr;
  Changing changing;

  @BeforeEach
  void setUp() {
    Http http = new Http(port);
    dsr = new Dsr(http, context);
    changing = new Changing(dsr, http);
  }

  @Test
  void theOldAddressIsNoLongerFoundByItsBlindIndexAndTheAuditEntryNamesTheFieldsNotTheValues()
      throws Exception {
    String old = "old." + UUID.randomUUID() + "@example.invalid";
    String corrected = "new." + UUID.randomUUID() + "@example.invalid";
    SubjectId subject = registry.resolve(List.of(new Identifier(IdentifierType.EMAIL, old)));
    RecordId enquiry =
        records.store(
            subject,
            new NewRecord(
                "group",
                "enquiries",
                "contact-form",
                clock.instant().minusSeconds(60),
                Map.of("message", "Synthetic enquiry", "address", "Synthetic Street 1"),
                null,
                null,
                null,
                null),
            "system:test");
    String request = changing.verified(old, "en", "rectification");

    var done =
        changing.ok(
            request,
            "rectifications",
            "{\"identifiers\":{\"email\":\"%s\"},\"records\":[{\"record\":\"%s\",\"fields\":{\"address\":\"Synthetic Road 2\",\"postcode\":\"0150\"}}]}"
                .formatted(corrected, enquiry.value()));
    assertThat(done.get("rectified").toString()).contains("email", "data.address", "data.postcode");

    assertThat(registry.find(new Identifier(IdentifierType.EMAIL, old))).isEmpty();
    assertThat(registry.find(new Identifier(IdentifierType.EMAIL, corrected))).contains(subject);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM subject_identifier WHERE subject_id = ? AND type = 'email'")
                .param(subject.value())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    var data = records.record(enquiry, "system:test").orElseThrow().data();
    assertThat(data)
        .containsEntry("address", "Synthetic Road 2")
        .containsEntry("postcode", "0150")
        .containsEntry("message", "Synthetic enquiry");

    List<String> audited = awaitAudit(6150, subject);
    assertThat(audited).containsExactly(subject + ":email,data.address,data.postcode");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE resource_id LIKE '%Synthetic Road%'"
                        + " OR resource_id LIKE ? OR resource_id LIKE ?")
                .params("%" + old + "%", "%" + corrected + "%")
                .query(Long.class)
                .single())
        .isZero();
    assertThat(changing.steps(jdbc, request)).contains("rectified");
    var mails = dsr.mailbox(old);
    assertThat(Changing.mailWith(mails, "data.address")).doesNotContain(corrected);

    // Another person's address cannot be taken over by a correction.
    String other = "other." + UUID.randomUUID() + "@example.invalid";
    registry.resolve(List.of(new Identifier(IdentifierType.EMAIL, other)));
    HttpResponse<String> taken =
        changing.post(
            request, "rectifications", "{\"identifiers\":{\"email\":\"%s\"}}".formatted(other));
    assertThat(taken.statusCode()).isEqualTo(409);
    assertThat(taken.body()).contains("urn:vern:problem:identifier-taken").doesNotContain(other);
  }

  private List<String> awaitAudit(int code, SubjectId subject) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    List<String> found = List.of();
    while (System.nanoTime() < deadline) {
      found =
          jdbc.sql(
                  "SELECT resource_id FROM audit_entry WHERE action_code = ? AND resource_id LIKE ?")
              .params(code, subject + "%")
              .query(String.class)
              .list();
      if (!found.isEmpty()) {
        return found;
      }
      Thread.sleep(20);
    }
    return found;
  }
}
