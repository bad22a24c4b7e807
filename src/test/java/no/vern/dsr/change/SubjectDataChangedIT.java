package no.vern.dsr.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.consent.ConsentLedger;
import no.vern.dsr.DsrFixtures;
import no.vern.dsr.SubjectDataChanged;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seam for Art. 19 and connected systems: each change publishes {@link SubjectDataChanged} with
 * the request, the activities and, for a rectification, the field names only.
 */
@VernTest
@RecordApplicationEvents
class SubjectDataChangedIT {

  private static final AuditActor HANDLER = AuditActor.system("test");

  @LocalServerPort int port;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired ConsentLedger ledger;
  @Autowired Clock clock;
  @Autowired Restrictions restrictions;
  @Autowired RequestErasures erasures;
  @Autowired RequestRectifications rectifications;
  @Autowired ApplicationEvents events;

  @Test
  void rectificationRestrictionLiftingAndErasureEachPublishTheirChangeWithCodesOnly() {
    var person = DsrFixtures.person(registry, records, ledger, clock.instant());
    UUID request = request(person.email());

    restrictions.set(request, "events", true, HANDLER);
    restrictions.set(request, "events", false, HANDLER);
    String corrected = "fixed." + UUID.randomUUID() + "@example.invalid";
    rectifications.rectify(request, Map.of("email", corrected), List.of(), HANDLER);
    erasures.carryOut(request, List.of(), HANDLER);

    List<SubjectDataChanged> seen = events.stream(SubjectDataChanged.class).toList();
    assertThat(seen)
        .extracting(SubjectDataChanged::change)
        .containsExactly("restricted", "restriction-lifted", "rectified", "erased");
    assertThat(seen).allSatisfy(e -> assertThat(e.subject()).isEqualTo(person.subject()));
    assertThat(seen).allSatisfy(e -> assertThat(e.request().value()).isEqualTo(request));
    SubjectDataChanged rectified = seen.get(2);
    assertThat(rectified.fields()).containsExactly("email");
    assertThat(rectified.activities()).contains("enquiries", "debt-collection", "events");
    assertThat(rectified.toString()).doesNotContain(corrected).doesNotContain(person.email());
    assertThat(seen.get(3).activities()).contains("enquiries", "debt-collection", "events");
  }

  private UUID request(String email) {
    Http http = new Http(port);
    HttpResponse<String> created =
        http.postJson(
            http.api("/api/v1/requests"),
            "{\"rights\":[\"rectification\",\"erasure\",\"restriction\"],\"identifiers\":{\"email\":\"%s\"},\"language\":\"en\"}"
                .formatted(email));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = JsonMapper.builder().build().readTree(created.body()).get("id").asString();
    HttpResponse<String> verified =
        http.postJson(
            http.api("/api/v1/requests/" + id + "/verification"),
            "{\"method\":\"phone-callback\",\"reason\":\"Synthetic\"}");
    assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
    return UUID.fromString(id);
  }
}
