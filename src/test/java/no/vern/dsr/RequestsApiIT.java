package no.vern.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import no.vern.shared.time.Deadlines;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

@VernTest
class RequestsApiIT {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  Dsr dsr;

  @BeforeEach
  void setUp() {
    dsr = new Dsr(new Http(port), context);
  }

  @ParameterizedTest(name = "received {0}, due {1}")
  @CsvSource({
    "2025-01-31, 2025-02-28",
    "2024-01-31, 2024-02-29",
    "2025-01-15, 2025-02-17",
    "2025-04-17, 2025-05-19"
  })
  void aRequestIsDueOnTheDayDomainTableGivesForItsDateOfReceipt(String received, String due) {
    JsonNode request =
        dsr.created(
            "{\"rights\":[\"access\"],\"identifiers\":{\"email\":\"%s\"},\"receivedAt\":\"%s\",\"channel\":\"letter\",\"description\":\"Synthetic\"}"
                .formatted(Dsr.freshAddress(), received));
    assertThat(request.get("receivedAt").asString()).isEqualTo(received);
    assertThat(request.get("dueAt").asString()).isEqualTo(due);
    assertThat(request.get("state").asString()).isEqualTo("received");
    assertThat(request.get("reference").asString()).matches("R-[2-9A-Z]{4}-[2-9A-Z]{4}");
  }

  @Test
  void anExtensionAfterTheFirstDueDateIsRefusedWithAProblemSayingWhy() {
    JsonNode request = verified("2025-01-31");
    HttpResponse<String> refused =
        dsr.post(
            "/api/v1/requests/" + request.get("id").asString() + "/extension",
            "{\"reason\":\"Many records in archives\"}");
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body())
        .contains("urn:vern:problem:extension-refused")
        .contains("2025-02-28");
    JsonNode after =
        Dsr.JSON.readTree(
            new Http(port)
                .send(new Http(port).api("/api/v1/requests/" + request.get("id").asString()).GET())
                .body());
    assertThat(after.get("dueAt").asString()).isEqualTo("2025-02-28");
  }

  @Test
  void anExtensionWithinTheFirstMonthMovesTheDueDateToThreeMonthsAndTellsThePerson()
      throws Exception {
    String email = Dsr.freshAddress();
    LocalDate today = LocalDate.now(java.time.Clock.system(ZoneId.of("Europe/Oslo")));
    JsonNode request = verified(today.toString(), email);
    HttpResponse<String> extended =
        dsr.post(
            "/api/v1/requests/" + request.get("id").asString() + "/extension",
            "{\"reason\":\"The records are in three archives\"}");
    assertThat(extended.statusCode()).as(extended.body()).isEqualTo(200);
    JsonNode body = Dsr.JSON.readTree(extended.body());
    assertThat(body.get("dueAt").asString())
        .isEqualTo(Deadlines.nextWorkingDay(today.plusMonths(3)).toString());
    assertThat(body.get("state").asString()).isEqualTo("extended");
    var mails = dsr.mailbox(email);
    assertThat(mails).hasSize(1);
    assertThat(Dsr.text(mails.get(0)))
        .contains("The records are in three archives")
        .contains(body.get("dueAt").asString());

    HttpResponse<String> again =
        dsr.post(
            "/api/v1/requests/" + request.get("id").asString() + "/extension",
            "{\"reason\":\"More\"}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("urn:vern:problem:extension-refused");
  }

  @Test
  void aRefusalTellsThePersonTheReasonsAndTheRightToComplainAndGoToCourt() throws Exception {
    String email = Dsr.freshAddress();
    JsonNode request = verified("2025-03-03", email);
    HttpResponse<String> denied =
        dsr.post(
            "/api/v1/requests/" + request.get("id").asString() + "/denial",
            "{\"ground\":\"excessive\",\"reason\":\"The fourth identical request this month.\"}");
    assertThat(denied.statusCode()).as(denied.body()).isEqualTo(200);
    assertThat(denied.body()).contains("\"state\":\"denied\"").contains("excessive");
    String text = Dsr.text(dsr.mailbox(email).get(0));
    assertThat(text)
        .contains("The fourth identical request this month.")
        .contains("Art. 12(5)")
        .contains("Datatilsynet")
        .contains("courts");
  }

  @Test
  void aStepTheStateDoesNotAllowIsAConflictAndChangesNothing() {
    JsonNode request =
        dsr.created(
            "{\"rights\":[\"erasure\"],\"identifiers\":{\"email\":\"%s\"}}"
                .formatted(Dsr.freshAddress()));
    HttpResponse<String> early =
        dsr.post("/api/v1/requests/" + request.get("id").asString() + "/fulfilment", "{}");
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(early.body()).contains("urn:vern:problem:request-state-conflict");
  }

  @Test
  void aRequestWithoutRightsOrWithABadDateIsRefusedNamingEachField() {
    HttpResponse<String> bad =
        dsr.post(
            "/api/v1/requests",
            "{\"rights\":[\"everything\"],\"identifiers\":{\"email\":\"not an address\"},\"receivedAt\":\"31.01.2026\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"rights\"").contains("\"receivedAt\"");
  }

  private JsonNode verified(String received) {
    return verified(received, Dsr.freshAddress());
  }

  private JsonNode verified(String received, String email) {
    JsonNode request =
        dsr.created(
            "{\"rights\":[\"access\"],\"identifiers\":{\"email\":\"%s\"},\"receivedAt\":\"%s\",\"channel\":\"phone\",\"language\":\"en\"}"
                .formatted(email, received));
    HttpResponse<String> verified =
        dsr.post(
            "/api/v1/requests/" + request.get("id").asString() + "/verification",
            "{\"method\":\"phone-callback\",\"reason\":\"Called the number on file\"}");
    assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
    return request;
  }
}
