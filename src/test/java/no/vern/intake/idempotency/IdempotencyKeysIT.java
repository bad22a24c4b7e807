package no.vern.intake.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import no.vern.support.Http;
import no.vern.support.StoredRows;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** {@code Idempotency-Key} on the records API and the import, over HTTP (docs/intake.md). */
@VernTest
class IdempotencyKeysIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired IdempotencyPurge purge;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void aRepeatedRecordGetsTheFirstAnswerAndIsStoredOnce() {
    String key = UUID.randomUUID().toString();
    String email = email();
    StoredRows before = records();

    HttpResponse<String> first = postRecord(key, email, "Synthetic");
    HttpResponse<String> again = postRecord("\"" + key + "\"", email, "Synthetic");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.headers().firstValue("Location"))
        .isEqualTo(first.headers().firstValue("Location"));
    assertThat(records().addedSince(before)).hasSize(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefusedAndStoresNothing() {
    String key = UUID.randomUUID().toString();
    assertThat(postRecord(key, email(), "Synthetic").statusCode()).isEqualTo(201);
    StoredRows before = records();

    HttpResponse<String> other = postRecord(key, email(), "Synthetic");

    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(other.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(other.body()).contains("urn:vern:problem:unprocessable");
    assertThat(records().addedSince(before)).isEmpty();
  }

  @Test
  void keysBelongToTheCallerSoAnotherTokenWithTheSameKeyStoresItsOwnRecord() {
    String key = UUID.randomUUID().toString();
    String email = email();
    HttpResponse<String> mine = postRecord(key, email, "Synthetic");
    String other = http.tokenWithRole("INTEGRATOR");

    HttpResponse<String> theirs =
        http.postJson(
            http.request("/api/v1/records")
                .header("Authorization", "Bearer " + other)
                .header("Idempotency-Key", key),
            body(email, "Synthetic"));

    assertThat(theirs.statusCode()).isEqualTo(201);
    assertThat(field(theirs, "record")).isNotEqualTo(field(mine, "record"));
  }

  @Test
  void aRefusedRequestKeepsNoKeySoTheCorrectedOneIsStored() {
    String key = UUID.randomUUID().toString();
    HttpResponse<String> invalid = postRecord(key, "not an address", "Synthetic");
    assertThat(invalid.statusCode()).isEqualTo(400);

    assertThat(postRecord(key, email(), "Synthetic").statusCode()).isEqualTo(201);
  }

  @Test
  void anUnusableKeyIsRefused() {
    HttpResponse<String> response = postRecord("x".repeat(300), email(), "Synthetic");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Idempotency-Key");
  }

  @Test
  void keysArePurgedAfterTheirRetentionAndCanThenBeUsedAgain() {
    String key = UUID.randomUUID().toString();
    assertThat(postRecord(key, email(), "Synthetic").statusCode()).isEqualTo(201);
    // As if a day and an hour had passed since.
    jdbc.sql(
            "UPDATE intake_idempotency_key SET created_at = created_at - interval '25 hours'"
                + " WHERE idempotency_key = ?")
        .param(key)
        .update();

    assertThat(purge.purge()).isPositive();

    assertThat(keyRows(key)).isZero();
    assertThat(postRecord(key, email(), "Other synthetic").statusCode()).isEqualTo(201);
  }

  @Test
  void aRepeatedImportReplaysItsReportAndAnotherFileUnderTheKeyIsRefused() {
    String key = UUID.randomUUID().toString();
    String csv = "email,note\n" + email() + ",Synthetic\n" + email() + ",Synthetic\n";
    StoredRows before = records();

    HttpResponse<String> first = postCsv(key, csv);
    HttpResponse<String> again = postCsv(key, csv);
    HttpResponse<String> other = postCsv(key, "email,note\n" + email() + ",Synthetic\n");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(field(first, "imported")).isEqualTo("2");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(records().addedSince(before)).hasSize(2);
  }

  @Test
  void anImportStillReadingItsFileAnswersARepeatWithConflict() throws Exception {
    String key = UUID.randomUUID().toString();
    // A raw connection, so the test decides when the rest of the file arrives.
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/imports?activity=enquiries&source=contact-form HTTP/1.1\r\n"
                  + "Host: localhost\r\n"
                  + "Authorization: Bearer "
                  + Http.BOOTSTRAP_TOKEN
                  + "\r\n"
                  + "Content-Type: text/csv\r\n"
                  + "Idempotency-Key: "
                  + key
                  + "\r\n"
                  + "Transfer-Encoding: chunked\r\n"
                  + "Connection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      chunk(out, "email,note\n" + email() + ",Synthetic\n");
      awaitClaim(key);

      HttpResponse<String> repeat = postCsv(key, "email,note\n" + email() + ",Synthetic\n");

      assertThat(repeat.statusCode()).isEqualTo(409);
      assertThat(repeat.body()).contains("urn:vern:problem:conflict");
      chunk(out, email() + ",Synthetic\n");
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 200").contains("\"imported\":2");
    }
  }

  @Test
  void anImportCutOffByItsClientKeepsItsKeyAndARepeatLearnsWhatWasStored() throws Exception {
    String key = UUID.randomUUID().toString();
    StringBuilder rows = new StringBuilder("email,note\n");
    for (int i = 0; i < 6; i++) {
      rows.append(email()).append(",Synthetic\n");
    }
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/imports?activity=enquiries&source=contact-form HTTP/1.1\r\n"
                  + "Host: localhost\r\n"
                  + "Authorization: Bearer "
                  + Http.BOOTSTRAP_TOKEN
                  + "\r\n"
                  + "Content-Type: text/csv\r\n"
                  + "Idempotency-Key: "
                  + key
                  + "\r\n"
                  + "Transfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      // Two batches of three rows are stored while the import waits for more; then the client
      // goes away without ending the body.
      chunk(out, rows.toString());
      awaitClaim(key);
      awaitImported(6);
    }
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!"INTERRUPTED".equals(state(key)) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }

    HttpResponse<String> repeat = postCsv(key, rows.toString());

    assertThat(repeat.statusCode()).isEqualTo(409);
    assertThat(repeat.body()).contains("after storing 6 rows").contains("import id");
  }

  /** Waits until the newest import has stored this many records. */
  private void awaitImported(int rows) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline
        && jdbc.sql(
                    "SELECT count(*) FROM personal_data_record WHERE import_id ="
                        + " (SELECT id FROM intake_import ORDER BY started_at DESC LIMIT 1)")
                .query(Long.class)
                .single()
            < rows) {
      Thread.sleep(20);
    }
  }

  private String state(String key) {
    return jdbc.sql("SELECT state FROM intake_idempotency_key WHERE idempotency_key = ?")
        .param(key)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private static void chunk(OutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private void awaitClaim(String key) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (keyRows(key) == 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(keyRows(key)).isEqualTo(1);
  }

  private HttpResponse<String> postRecord(String key, String email, String note) {
    return http.postJson(
        http.api("/api/v1/records").header("Idempotency-Key", key), body(email, note));
  }

  private HttpResponse<String> postCsv(String key, String csv) {
    return http.send(
        http.api("/api/v1/imports?activity=enquiries&source=contact-form")
            .header("Content-Type", "text/csv")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
  }

  private static String body(String email, String note) {
    return JSON.writeValueAsString(
        Map.of(
            "activity",
            "enquiries",
            "identifiers",
            Map.of("email", email),
            "data",
            Map.of("note", note),
            "source",
            "contact-form"));
  }

  private static String field(HttpResponse<String> response, String name) {
    return JSON.readTree(response.body()).get(name).asString();
  }

  private StoredRows records() {
    return StoredRows.of(jdbc, "personal_data_record");
  }

  private long keyRows(String key) {
    return jdbc.sql("SELECT count(*) FROM intake_idempotency_key WHERE idempotency_key = ?")
        .param(key)
        .query(Long.class)
        .single();
  }

  private static String email() {
    return "person." + UUID.randomUUID() + "@example.invalid";
  }
}
