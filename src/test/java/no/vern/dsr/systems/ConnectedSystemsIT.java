package no.vern.dsr.systems;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.vern.consent.ConsentLedger;
import no.vern.disclosure.Disclosures;
import no.vern.dsr.DsrFixtures;
import no.vern.dsr.RequestId;
import no.vern.dsr.SubjectDataChanged;
import no.vern.dsr.domain.Signatures;
import no.vern.mail.MailDelivery;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.Reactions;
import no.vern.support.TestSmtpServer;
import no.vern.support.VernTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14's Done-when for connected systems and Art. 19: a system (a small HTTP server here)
 * receives the signed task and completes it through the callback; a second one that answers 500 is
 * named as failing on the request and tried again after the backoff; after a correction every
 * recipient in the disclosure register is told and the acknowledgements are shown.
 */
@VernTest
class ConnectedSystemsIT {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static SystemServer good;
  static SystemServer failing;

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired ConsentLedger ledger;
  @Autowired Disclosures disclosures;
  @Autowired WebhookDispatcher dispatcher;
  @Autowired TaskKeys keys;
  @Autowired TaskActions actions;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate tx;
  @Autowired Clock clock;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @BeforeAll
  static void systems() throws Exception {
    good = new SystemServer(200);
    failing = new SystemServer(500);
  }

  @AfterAll
  static void stop() {
    good.close();
    failing.close();
  }

  Http http() {
    return new Http(port);
  }

  /** The example with two webhook systems on this test's servers; put back afterwards. */
  void activateSystems() {
    activateSystems("");
  }

  /** As {@link #activateSystems()}, with more systems after the two. */
  void activateSystems(String extra) {
    String example = example();
    String systems =
        """
        systems:
          - id: crm
            name: { nb: Kunderegisteret, en: The customer register }
            kind: webhook
            recipient: address-register-service
            activities: [enquiries, debt-collection]
            identifiers: [email]
            url: %s
          - id: events-desk
            name: { nb: Arrangementsverktøyet, en: The events tool }
            kind: webhook
            activities: [events]
            url: %s
        """
                .formatted(good.url(), failing.url())
            + extra;
    String document = example.substring(0, example.indexOf("\nsystems:\n") + 1) + systems;
    var put = put(document);
    assertThat(put.statusCode()).as(put.body()).isIn(200, 201);
  }

  void restoreExample() {
    put(example());
  }

  private HttpResponse<String> put(String document) {
    return http()
        .send(
            http()
                .api("/api/v1/inventory")
                .header("Content-Type", "application/yaml")
                .PUT(HttpRequest.BodyPublishers.ofString(document)));
  }

  static String example() {
    try (InputStream in =
        ConnectedSystemsIT.class
            .getClassLoader()
            .getResourceAsStream("examples/debt-collection-group.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  JsonNode post(String path, String body) {
    var answer = http().postJson(http().api(path), body);
    assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
    return JSON.readTree(answer.body());
  }

  JsonNode get(String path) {
    var answer = http().send(http().api(path).GET());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  /** A verified request of the fixture person (records in enquiries, debt-collection, events). */
  String verifiedRequest(String right, String email) {
    String id =
        post(
                "/api/v1/requests",
                "{\"rights\":[\"%s\"],\"identifiers\":{\"email\":\"%s\"},\"channel\":\"letter\"}"
                    .formatted(right, email))
            .get("id")
            .asString();
    post(
        "/api/v1/requests/" + id + "/verification",
        "{\"method\":\"phone-callback\",\"reason\":\"Called the number on file\"}");
    return id;
  }

  HttpResponse<String> callback(String task, String body, String secret) {
    return http()
        .send(
            http()
                .request("/api/v1/tasks/" + task + "/callback")
                .header("Content-Type", "application/json")
                .header(
                    Signatures.HEADER,
                    Signatures.header(secret, clock.instant().getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  static JsonNode task(JsonNode request, String system) {
    for (JsonNode t : request.get("tasks")) {
      if (t.get("system").asString().equals(system)) {
        return t;
      }
    }
    throw new AssertionError("No task for " + system + " in " + request);
  }

  @Test
  void aSystemCompletesItsSignedTaskByCallbackAndAFailingOneIsNamedAndRetried() {
    activateSystems();
    try {
      var person = DsrFixtures.person(registry, records, ledger, clock.instant());
      String id = verifiedRequest("access", person.email());
      int before = failing.received.size();
      dispatcher.dispatchDue(clock.instant());

      SystemServer.Received sent = good.awaitReceived(b -> b.contains(id));
      String t = sent.signature().replaceAll("t=(\\d+),.*", "$1");
      assertThat(sent.signature())
          .isEqualTo(Signatures.header(keys.secret("crm"), Long.parseLong(t), sent.body()));
      JsonNode body = JSON.readTree(sent.body());
      assertThat(body.get("subject_request_type").asString()).isEqualTo("access");
      assertThat(body.get("request").asString()).isEqualTo(id);
      assertThat(body.get("subject_identities").toString()).contains(person.email());
      assertThat(body.get("subject_identities").toString()).doesNotContain(person.nationalId());
      String taskId = body.get("subject_request_id").asString();
      assertThat(body.get("status_callback_urls").get(0).asString())
          .endsWith("/api/v1/tasks/" + taskId + "/callback");

      var blocked = http().postJson(http().api("/api/v1/requests/" + id + "/fulfilment"), "{}");
      assertThat(blocked.statusCode()).isEqualTo(409);
      assertThat(blocked.body())
          .contains("urn:vern:problem:tasks-open")
          .contains("events-desk")
          .contains("HTTP 500");
      JsonNode shown = get("/api/v1/requests/" + id);
      assertThat(shown.get("state").asString()).isEqualTo("open");
      JsonNode events = task(shown, "events-desk");
      assertThat(events.get("failing").asBoolean()).isTrue();
      assertThat(events.get("lastError").asString()).isEqualTo("HTTP 500");
      assertThat(failing.received.size()).isGreaterThan(before);
      assertThat(new CaseHandlerSession(port).get("/admin/requests/" + id).body())
          .contains("events-desk")
          .contains("Failing")
          .contains("HTTP 500");

      int attempts = failing.received.size();
      dispatcher.dispatchDue(clock.instant().plus(Duration.ofMinutes(5)));
      assertThat(failing.received.size()).isGreaterThan(attempts);
      assertThat(task(get("/api/v1/requests/" + id), "events-desk").get("attempts").asInt())
          .isGreaterThanOrEqualTo(2);

      var forged = callback(taskId, "{\"status\":\"completed\"}", "not-the-secret");
      assertThat(forged.statusCode()).isEqualTo(401);
      assertThat(forged.body()).contains("urn:vern:problem:task-callback-refused");
      assertThat(task(get("/api/v1/requests/" + id), "crm").get("state").asString())
          .isEqualTo("sent");

      var completed = callback(taskId, "{\"status\":\"completed\"}", keys.secret("crm"));
      assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
      assertThat(task(get("/api/v1/requests/" + id), "crm").get("state").asString())
          .isEqualTo("done");

      String eventsTask = task(get("/api/v1/requests/" + id), "events-desk").get("id").asString();
      actions.byHand(
          UUID.fromString(id),
          UUID.fromString(eventsTask),
          "done",
          "The events tool's owner confirmed by phone",
          no.vern.audit.AuditActor.system("test"));
      var answered = http().postJson(http().api("/api/v1/requests/" + id + "/fulfilment"), "{}");
      assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    } finally {
      restoreExample();
    }
  }

  @Test
  void aTaskWhoseIdentitiesCannotBeDecryptedFailsAloneAndTheOthersAreStillTried() {
    activateSystems();
    try {
      var person = DsrFixtures.person(registry, records, ledger, clock.instant());
      String id = verifiedRequest("access", person.email());
      // As if sealed under another key set (a restored backup, an instance with other keys).
      int spoiled =
          jdbc.sql(
                  "UPDATE dsr_task SET identities = decode('00ff00ff', 'hex')"
                      + " WHERE request_id = ? AND system_id = 'crm'")
              .param(UUID.fromString(id))
              .update();
      assertThat(spoiled).isOne();

      dispatcher.dispatchDue(clock.instant());

      JsonNode shown = get("/api/v1/requests/" + id);
      JsonNode crm = task(shown, "crm");
      assertThat(crm.get("failing").asBoolean()).isTrue();
      assertThat(crm.get("lastError").asString())
          .isEqualTo("the task's identities cannot be decrypted with this instance's keys");
      assertThat(good.received).noneMatch(r -> r.body().contains(id));
      assertThat(task(shown, "events-desk").get("lastError").asString()).isEqualTo("HTTP 500");
    } finally {
      restoreExample();
    }
  }

  @Test
  void afterACorrectionEveryRecipientInTheRegisterIsToldAndTheAcknowledgementsAreShown()
      throws Exception {
    activateSystems();
    try {
      var person = DsrFixtures.person(registry, records, ledger, clock.instant());
      for (String recipient :
          List.of(
              "address-register-service", "credit-information-agency", "courts-and-enforcement")) {
        tx.executeWithoutResult(
            s ->
                disclosures.record(
                    person.subject(),
                    recipient,
                    "CASE_HANDLING",
                    List.of("debt-collection"),
                    1,
                    "system:test",
                    null));
      }
      String id = verifiedRequest("rectification", person.email());
      int mailsBefore = TestSmtpServer.receivedBy("personvern@kredittinfo.example.invalid").size();
      UUID claim =
          jdbc.sql(
                  "SELECT id FROM personal_data_record WHERE subject_id = ?"
                      + " AND activity = 'debt-collection'")
              .param(person.subject().value())
              .query(UUID.class)
              .single();
      // The case handler corrects the claim through the API: the change itself is the trigger.
      post(
          "/api/v1/requests/" + id + "/rectifications",
          "{\"records\":[{\"record\":\"%s\",\"fields\":{\"claim\":\"Synthetic claim 1300 NOK\"}}]}"
              .formatted(claim));
      Reactions.settle();

      JsonNode request = get("/api/v1/requests/" + id);
      assertThat(task(request, "crm").get("type").asString()).isEqualTo("rectification");
      assertThat(request.get("notices")).hasSize(3);
      assertThat(notice(request, "address-register-service").get("channel").asString())
          .isEqualTo("system");
      assertThat(notice(request, "credit-information-agency").get("channel").asString())
          .isEqualTo("mail");
      assertThat(notice(request, "courts-and-enforcement").get("state").asString())
          .isEqualTo("open");

      MailDelivery.dispatchAllDue(context);
      var mails = TestSmtpServer.receivedBy("personvern@kredittinfo.example.invalid");
      assertThat(mails).hasSize(mailsBefore + 1);
      String text = text(mails.get(mails.size() - 1));
      assertThat(mails.get(mails.size() - 1).getSubject()).contains("art. 19");
      assertThat(text).contains("data.claim").doesNotContain(person.email());

      dispatcher.dispatchDue(clock.instant());
      String crm = task(get("/api/v1/requests/" + id), "crm").get("id").asString();
      assertThat(callback(crm, "{\"status\":\"completed\"}", keys.secret("crm")).statusCode())
          .isEqualTo(200);
      var actor = no.vern.audit.AuditActor.system("test");
      UUID requestId = UUID.fromString(id);
      actions.byHand(
          requestId,
          UUID.fromString(
              notice(get("/api/v1/requests/" + id), "credit-information-agency")
                  .get("id")
                  .asString()),
          "acknowledged",
          "Answered our mail",
          actor);
      actions.byHand(
          requestId,
          UUID.fromString(
              notice(get("/api/v1/requests/" + id), "courts-and-enforcement").get("id").asString()),
          "impossible",
          "The case was closed at the court years ago",
          actor);

      JsonNode after = get("/api/v1/requests/" + id);
      assertThat(notice(after, "address-register-service").get("state").asString())
          .isEqualTo("acknowledged");
      assertThat(notice(after, "credit-information-agency").get("state").asString())
          .isEqualTo("acknowledged");
      assertThat(notice(after, "courts-and-enforcement").get("note").asString())
          .isEqualTo("The case was closed at the court years ago");
      String page = new CaseHandlerSession(port).get("/admin/requests/" + id).body();
      assertThat(page)
          .contains("Notices to recipients (Art. 19)")
          .contains("credit-information-agency")
          .contains("Acknowledged")
          .contains("Impossible or disproportionate")
          .contains("The case was closed at the court years ago");
      assertThat(
              http()
                  .postJson(http().api("/api/v1/requests/" + id + "/fulfilment"), "{}")
                  .statusCode())
          .isEqualTo(200);
    } finally {
      restoreExample();
    }
  }

  @Test
  void aRecipientThatHadTheDataInConfidenceIsNotToldAutomaticallyButLeftToTheDpo()
      throws Exception {
    activateSystems();
    try {
      var person = DsrFixtures.person(registry, records, ledger, clock.instant());
      // A report the person must not learn of (hvitvaskingsloven § 28): telling the recipient of
      // a correction by mail would tie the report to the person's request.
      tx.executeWithoutResult(
          s ->
              disclosures.record(
                  new no.vern.disclosure.NewDisclosure(
                      person.subject(),
                      "credit-information-agency",
                      null,
                      List.of("debt-collection"),
                      List.of(),
                      List.of(),
                      clock.instant(),
                      "CASE_HANDLING",
                      1,
                      null,
                      null,
                      true,
                      "hvitvaskingsloven § 28",
                      null),
                  "system:test"));
      String id = verifiedRequest("rectification", person.email());
      int mailsBefore = TestSmtpServer.receivedBy("personvern@kredittinfo.example.invalid").size();
      tx.executeWithoutResult(
          s ->
              events.publishEvent(
                  new SubjectDataChanged(
                      new RequestId(UUID.fromString(id)),
                      person.subject(),
                      "rectified",
                      List.of("debt-collection"),
                      List.of("data.claim"),
                      clock.instant())));
      Reactions.settle();
      MailDelivery.dispatchAllDue(context);

      JsonNode notice = notice(get("/api/v1/requests/" + id), "credit-information-agency");
      assertThat(notice.get("channel").asString()).isEqualTo("manual");
      assertThat(notice.get("state").asString()).isEqualTo("open");
      assertThat(notice.get("note").asString()).isEqualTo("confidential: hvitvaskingsloven § 28");
      assertThat(TestSmtpServer.receivedBy("personvern@kredittinfo.example.invalid"))
          .hasSize(mailsBefore);
    } finally {
      restoreExample();
    }
  }

  static String text(jakarta.mail.Part mail) throws Exception {
    Object content = mail.getContent();
    if (content instanceof jakarta.mail.Multipart parts) {
      return text(parts.getBodyPart(0));
    }
    return String.valueOf(content);
  }

  @Test
  void aSweepErasureGivesEverySystemHoldingTheActivityOneDeletionTaskWithoutARequest() {
    activateSystems();
    try {
      var person = DsrFixtures.person(registry, records, ledger, clock.instant());
      var sweep = new no.vern.retention.SweepId(UUID.randomUUID());
      tx.executeWithoutResult(
          s -> {
            for (String activity : List.of("enquiries", "debt-collection", "events")) {
              events.publishEvent(
                  new no.vern.retention.RecordsErased(sweep, activity, List.of(person.subject())));
            }
          });
      Reactions.settle();
      var tasks =
          jdbc.sql(
                  "SELECT system_id, type,"
                      // The reactions run concurrently: the order they add activities is not
                      // the order they were published in.
                      + " array_to_string(ARRAY(SELECT unnest(activities) ORDER BY 1), ',')"
                      + " FROM dsr_task"
                      + " WHERE sweep_id = ? ORDER BY system_id")
              .param(sweep.value())
              .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
              .list();
      assertThat(tasks)
          .containsExactly("crm erasure debt-collection,enquiries", "events-desk erasure events");

      dispatcher.dispatchDue(clock.instant());
      JsonNode sent =
          JSON.readTree(
              good.awaitReceived(
                      b ->
                          sweep
                              .value()
                              .toString()
                              .equals(JSON.readTree(b).path("sweep").asString()))
                  .body());
      assertThat(sent.get("subject_request_type").asString()).isEqualTo("erasure");
      assertThat(sent.get("request").isNull()).isTrue();
      assertThat(sent.get("subject").asString()).isEqualTo(person.subject().value().toString());
    } finally {
      restoreExample();
    }
  }

  static final String BINDER =
      """
        - id: archive-binder
          name: { nb: Arkivpermen, en: The archive binder }
          kind: manual
          activities: [events]
          requests: [access, erasure]
          assignee: arkivar
          checklist:
            - nb: Finn personens ark i permen
              en: Find the person's sheet in the binder
      """;

  List<String> auditedCodes(String task) {
    Reactions.settle(); // the entries of an answered action are sealed onto the chain after it
    return jdbc.sql(
            "SELECT action_code FROM audit_entry WHERE resource_type = 'dsr-task'"
                + " AND resource_id = ? ORDER BY id")
        .param(task)
        .query((rs, n) -> String.valueOf(rs.getInt(1)))
        .list();
  }

  String stateOf(String task) {
    return jdbc.sql("SELECT state FROM dsr_task WHERE id = ?")
        .param(UUID.fromString(task))
        .query(String.class)
        .single();
  }

  @Test
  void aSweepsManualTaskIsListedWithTheOpenTasksAndMarkedAsDoneThere() {
    activateSystems(BINDER);
    try {
      var person = DsrFixtures.person(registry, records, ledger, clock.instant());
      var sweep = new no.vern.retention.SweepId(UUID.randomUUID());
      tx.executeWithoutResult(
          s ->
              events.publishEvent(
                  new no.vern.retention.RecordsErased(sweep, "events", List.of(person.subject()))));
      Reactions.settle();
      String task =
          jdbc.sql("SELECT id FROM dsr_task WHERE sweep_id = ? AND system_id = 'archive-binder'")
              .param(sweep.value())
              .query(UUID.class)
              .single()
              .toString();

      var session = new CaseHandlerSession(port);
      String page = session.get("/admin/system-tasks").body();
      assertThat(page).contains("data-task=\"" + task + "\"").contains("arkivar");
      assertThat(page).contains("Retention sweep").contains("Find the person&#39;s sheet");

      var refused =
          session.post(
              "/admin/system-tasks", "/admin/system-tasks/" + task + "/impossible", "note=x");
      assertThat(refused.statusCode()).isEqualTo(302);
      assertThat(session.get("/admin/system-tasks").body()).contains("Not possible for a system");
      assertThat(stateOf(task)).isEqualTo("open");

      var done =
          session.post(
              "/admin/system-tasks",
              "/admin/system-tasks/" + task + "/done",
              "note=Sheet+shredded");
      assertThat(done.statusCode()).isEqualTo(302);
      assertThat(stateOf(task)).isEqualTo("done");
      assertThat(auditedCodes(task)).contains("6205");
      assertThat(session.get("/admin/system-tasks").body())
          .contains("The task is done.")
          .doesNotContain("data-task=\"" + task + "\"");
    } finally {
      restoreExample();
    }
  }

  @Test
  void aTaskOfARequestCannotBeClosedFromTheOpenTasksPageOnlyFromItsRequest() {
    activateSystems(BINDER);
    try {
      var person = DsrFixtures.person(registry, records, ledger, clock.instant());
      String id = verifiedRequest("access", person.email());
      String task = task(get("/api/v1/requests/" + id), "archive-binder").get("id").asString();
      var session = new CaseHandlerSession(port);
      assertThat(session.get("/admin/system-tasks").body())
          .contains("data-task=\"" + task + "\"")
          .contains("/admin/requests/" + id);
      session.post("/admin/system-tasks", "/admin/system-tasks/" + task + "/done", "note=x");
      assertThat(stateOf(task)).isEqualTo("open");
    } finally {
      restoreExample();
    }
  }

  @Test
  void withdrawingARequestCancelsItsOpenTasksAndTheFailingSystemGetsNoMoreAttempts() {
    activateSystems(BINDER);
    try {
      var person = DsrFixtures.person(registry, records, ledger, clock.instant());
      String id = verifiedRequest("access", person.email());
      dispatcher.dispatchDue(clock.instant());
      JsonNode before = get("/api/v1/requests/" + id);
      assertThat(task(before, "events-desk").get("failing").asBoolean()).isTrue();
      assertThat(task(before, "archive-binder").get("state").asString()).isEqualTo("open");

      post("/api/v1/requests/" + id + "/withdrawal", "");
      JsonNode after = get("/api/v1/requests/" + id);
      assertThat(task(after, "events-desk").get("state").asString()).isEqualTo("cancelled");
      assertThat(task(after, "events-desk").get("failing").asBoolean()).isFalse();
      assertThat(task(after, "archive-binder").get("state").asString()).isEqualTo("cancelled");
      assertThat(auditedCodes(task(after, "archive-binder").get("id").asString())).contains("6213");

      long attempts = failing.received.stream().filter(r -> r.body().contains(id)).count();
      dispatcher.dispatchDue(clock.instant().plus(Duration.ofHours(7)));
      assertThat(failing.received.stream().filter(r -> r.body().contains(id)).count())
          .isEqualTo(attempts);
      assertThat(new CaseHandlerSession(port).get("/admin/system-tasks").body())
          .doesNotContain(task(after, "events-desk").get("id").asString());
    } finally {
      restoreExample();
    }
  }

  @Test
  void refusingARequestCancelsATaskTheSystemAlreadyTookAndItsLaterCallbackChangesNothing() {
    activateSystems(BINDER);
    try {
      var person = DsrFixtures.person(registry, records, ledger, clock.instant());
      String id = verifiedRequest("access", person.email());
      dispatcher.dispatchDue(clock.instant());
      String crm = task(get("/api/v1/requests/" + id), "crm").get("id").asString();
      assertThat(stateOf(crm)).isEqualTo("sent");

      post(
          "/api/v1/requests/" + id + "/denial",
          "{\"ground\":\"excessive\",\"reason\":\"The fourth identical request this month\"}");
      assertThat(stateOf(crm)).isEqualTo("cancelled");
      var late = callback(crm, "{\"status\":\"completed\"}", keys.secret("crm"));
      assertThat(late.statusCode()).as(late.body()).isEqualTo(200);
      assertThat(stateOf(crm)).isEqualTo("cancelled");
      assertThat(auditedCodes(crm)).doesNotContain("6203");
    } finally {
      restoreExample();
    }
  }

  @Test
  void aCaseSystemWorksTheTasksThroughTheApiWithTheSameRulesAsThePage() {
    activateSystems(BINDER);
    try {
      var person = DsrFixtures.person(registry, records, ledger, clock.instant());
      String id = verifiedRequest("access", person.email());
      JsonNode shown = get("/api/v1/requests/" + id);
      String webhook = task(shown, "events-desk").get("id").asString();
      String manual = task(shown, "archive-binder").get("id").asString();
      String base = "/api/v1/requests/" + id + "/tasks/";

      var noNote = http().postJson(http().api(base + webhook + "/done"), "{}");
      assertThat(noNote.statusCode()).isEqualTo(400);
      assertThat(noNote.body()).contains("note");
      var wrongStep =
          http().postJson(http().api(base + manual + "/impossible"), "{\"note\":\"x\"}");
      assertThat(wrongStep.statusCode()).isEqualTo(409);
      var otherRequest =
          http()
              .postJson(
                  http()
                      .api("/api/v1/requests/" + UUID.randomUUID() + "/tasks/" + manual + "/done"),
                  "{}");
      assertThat(otherRequest.statusCode()).isEqualTo(404);

      JsonNode done = post(base + manual + "/done", "{}");
      assertThat(done.get("state").asString()).isEqualTo("done");
      assertThat(done.get("assignee").asString()).isEqualTo("arkivar");
      JsonNode confirmed =
          post(base + webhook + "/done", "{\"note\":\"The events tool's owner confirmed\"}");
      assertThat(confirmed.get("state").asString()).isEqualTo("done");
      assertThat(confirmed.get("note").asString()).isEqualTo("The events tool's owner confirmed");
      assertThat(auditedCodes(webhook)).contains("6205");
    } finally {
      restoreExample();
    }
  }

  static JsonNode notice(JsonNode request, String recipient) {
    for (JsonNode n : request.get("notices")) {
      if (n.get("recipient").asString().equals(recipient)) {
        return n;
      }
    }
    throw new AssertionError("No notice to " + recipient + " in " + request);
  }
}
