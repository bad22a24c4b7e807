package no.vern.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.vern.audit.AuditTrail;
import no.vern.mail.MailDelivery;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.NewRecord;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.Reactions;
import no.vern.support.TestSmtpServer;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Need-to-know (issue 18) with the accounting-firm example's controllers: the offices {@code alta}
 * and {@code tromso} and their customer activities. A case handler of Alta cannot find or read a
 * person known only to Tromsø (answered exactly as an unknown person, and the attempt is on the
 * trail), reads Alta's people and only Alta's records of a person known to both, a grant opens a
 * person until its end and not after, and break-glass needs a reason, works, is audited and is
 * mailed to the DPO.
 */
@VernTest
class NeedToKnowIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String PASSWORD = "need-to-know-password-1";

  /** The DPO of the example inventory the tests run with (no VERN_BREACH_DPO_EMAIL is set). */
  private static final String DPO = "personvernombud@brattli.example.invalid";

  private static final int SCOPE_REFUSED = 1500;
  private static final int GRANT_GIVEN = 1510;
  private static final int BREAK_GLASS_OPENED = 1520;
  private static final int SUBJECT_RECORDS_READ = 3022;

  @LocalServerPort int port;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired ScopeRows scopeRows;
  @Autowired AuditTrail audit;
  @Autowired ApplicationContext context;
  Http http;

  /** One person known only to Alta, one only to Tromsø, one to both, each with an e-mail. */
  String altaEmail;

  String tromsoEmail;
  String bothEmail;
  SubjectId alta;
  SubjectId tromso;
  SubjectId both;
  String altaMarker;
  String tromsoMarker;

  @BeforeEach
  void people() {
    http = new Http(port);
    String run = UUID.randomUUID().toString();
    altaEmail = "alta." + run + "@example.invalid";
    tromsoEmail = "tromso." + run + "@example.invalid";
    bothEmail = "both." + run + "@example.invalid";
    altaMarker = "Synthetic Alta note " + run;
    tromsoMarker = "Synthetic Tromso note " + run;
    alta = person(altaEmail);
    tromso = person(tromsoEmail);
    both = person(bothEmail);
    records.store(alta, record("alta", "customers-alta", altaMarker), "system:test");
    records.store(tromso, record("tromso", "customers-tromso", tromsoMarker), "system:test");
    records.store(both, record("alta", "customers-alta", altaMarker), "system:test");
    records.store(both, record("tromso", "customers-tromso", tromsoMarker), "system:test");
  }

  @Test
  void anAltaTokenCannotFindOrReadATromsoPersonAndIsAnsweredAsForAnUnknownOne() {
    HttpResponse<String> created =
        http.postJson(
            http.api("/api/v1/tokens"),
            "{\"name\":\"alta case handler "
                + UUID.randomUUID()
                + "\",\"roles\":[\"CASE_HANDLER\"],\"expiresInDays\":1,"
                + "\"scope\":{\"controllers\":[\"alta\"]}}");
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode token = JSON.readTree(created.body());
    assertThat(token.get("scope").get("all").asBoolean()).isFalse();
    assertThat(token.get("scope").get("controllers").get(0).asString()).isEqualTo("alta");
    String secret = token.get("secret").asString();
    String tokenId = token.get("id").asString();
    JsonNode shown = JSON.readTree(http.send(http.api("/api/v1/tokens/" + tokenId)).body());
    assertThat(shown.get("scope").get("controllers").get(0).asString()).isEqualTo("alta");

    HttpResponse<String> outOfScope = lookup(secret, tromsoEmail);
    HttpResponse<String> unknown =
        lookup(secret, "nobody." + UUID.randomUUID() + "@example.invalid");
    assertThat(outOfScope.statusCode()).isEqualTo(404).isEqualTo(unknown.statusCode());
    assertThat(comparable(outOfScope)).isEqualTo(comparable(unknown));

    HttpResponse<String> records = get("/api/v1/subjects/" + tromso + "/records", secret);
    HttpResponse<String> noRecords =
        get("/api/v1/subjects/" + UUID.randomUUID() + "/records", secret);
    assertThat(records.statusCode()).isEqualTo(404);
    assertThat(comparable(records)).isEqualTo(comparable(noRecords));
    assertThat(records.body()).doesNotContain(tromsoMarker);

    Reactions.settle();
    assertThat(trail(SCOPE_REFUSED, tromso, "API_TOKEN", tokenId)).isEqualTo(2);
    assertThat(trail(SUBJECT_RECORDS_READ, tromso, "API_TOKEN", tokenId)).isZero();
    assertThat(auditRowsHolding(tromsoEmail)).isZero();

    // Their own office's person is found, and of a person known to both offices only Alta's record
    // is read.
    HttpResponse<String> own = lookup(secret, altaEmail);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(own.body()).get("subject").asString()).isEqualTo(alta.toString());
    JsonNode shared = JSON.readTree(get("/api/v1/subjects/" + both + "/records", secret).body());
    assertThat(shared.get("records").size()).isEqualTo(1);
    assertThat(shared.get("records").get(0).get("activity").asString()).isEqualTo("customers-alta");
    assertThat(shared.toString()).contains(altaMarker).doesNotContain(tromsoMarker);
  }

  @Test
  void anAltaCaseHandlerCannotFindOrOpenATromsoPersonInTheAdminPages() {
    AdminSession handler = caseHandlerOf("alta");
    String userId = userIdOf(handler);

    String nobody = "nobody." + UUID.randomUUID() + "@example.invalid";
    HttpResponse<String> outOfScope = search(handler, tromsoEmail);
    HttpResponse<String> unknown = search(handler, nobody);
    assertThat(outOfScope.statusCode()).isEqualTo(200).isEqualTo(unknown.statusCode());
    assertThat(outOfScope.body()).contains("id=\"search-no-match\"");
    // The same page but for the value typed, which the form shows back.
    assertThat(withoutCsrf(outOfScope.body().replace(tromsoEmail, "typed")))
        .isEqualTo(withoutCsrf(unknown.body().replace(nobody, "typed")));

    HttpResponse<String> page = handler.get("/admin/subjects/" + tromso);
    HttpResponse<String> noPage = handler.get("/admin/subjects/" + UUID.randomUUID());
    assertThat(page.statusCode()).isEqualTo(404).isEqualTo(noPage.statusCode());
    assertThat(page.body()).doesNotContain(tromsoMarker).doesNotContain(tromsoEmail);

    Reactions.settle();
    assertThat(trail(SCOPE_REFUSED, tromso, "USER", userId)).isEqualTo(2);

    // Alta's own person is found and opened; of the person known to both, only Alta's record shows.
    HttpResponse<String> found = search(handler, altaEmail);
    assertThat(found.statusCode()).isEqualTo(302);
    assertThat(found.headers().firstValue("Location").orElse(""))
        .endsWith("/admin/subjects/" + alta);
    HttpResponse<String> sharedPage = handler.get("/admin/subjects/" + both);
    assertThat(sharedPage.statusCode()).isEqualTo(200);
    assertThat(sharedPage.body()).contains(altaMarker).doesNotContain(tromsoMarker);
  }

  @Test
  void aGrantOpensAPersonUntilItsEndAndNotAfter() {
    AdminSession handler = caseHandlerOf("alta");
    String principal = "user:" + userIdOf(handler);
    AdminSession dpo = admin();
    Instant endsAt = clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
    HttpResponse<String> given =
        dpo.post(
            "/admin/grants",
            "/admin/grants",
            Map.of(
                "user", userIdOf(handler),
                "kind", "person",
                "target", tromso.toString(),
                "reason", "Covering for the Tromso office this afternoon",
                "endsAt", endsAt.atZone(ZoneId.of("Europe/Oslo")).toLocalDateTime().toString()));
    assertThat(given.headers().firstValue("Location").orElse("")).contains("/admin/grants?given");
    assertThat(dpo.get("/admin/grants").body()).contains(tromso.toString());

    HttpResponse<String> during = handler.get("/admin/subjects/" + tromso);
    assertThat(during.statusCode()).isEqualTo(200);
    assertThat(during.body()).contains(tromsoMarker);

    // With the clock moved: running one second before its end, over at its end.
    ReadScopes before = scopesAt(endsAt.minusSeconds(1));
    ReadScopes atEnd = scopesAt(endsAt);
    assertThat(before.of(principal).grantedSubjects()).contains(tromso.value());
    assertThat(atEnd.of(principal).grantedSubjects()).doesNotContain(tromso.value());

    // The same grant as if given three hours ago: over by itself, with no job to end it.
    jdbc.sql(
            "UPDATE access_grant SET granted_at = granted_at - interval '3 hours',"
                + " ends_at = ends_at - interval '3 hours' WHERE target = ?")
        .param(tromso.toString())
        .update();
    HttpResponse<String> after = handler.get("/admin/subjects/" + tromso);
    assertThat(after.statusCode()).isEqualTo(404);
    assertThat(after.body()).doesNotContain(tromsoMarker);
    Reactions.settle();
    assertThat(trailOf(GRANT_GIVEN)).isPositive();
  }

  @Test
  void anActivityGrantOpensItsRecordsAndRecordsItsUseForTheAccessReview() {
    AdminSession handler = caseHandlerOf("alta");
    Instant endsAt = clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
    admin()
        .post(
            "/admin/grants",
            "/admin/grants",
            Map.of(
                "user", userIdOf(handler),
                "kind", "activity",
                "target", "customers-tromso",
                "reason", "Helping the Tromso office with its customer list",
                "endsAt", endsAt.atZone(ZoneId.of("Europe/Oslo")).toLocalDateTime().toString()));
    assertThat(grantLastUsed("customers-tromso", userIdOf(handler))).isNull();

    HttpResponse<String> read = handler.get("/admin/subjects/" + tromso);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains(tromsoMarker);
    assertThat(grantLastUsed("customers-tromso", userIdOf(handler))).isNotNull();
  }

  private Instant grantLastUsed(String activity, String user) {
    return jdbc.sql(
            "SELECT last_used_at FROM access_grant WHERE kind = 'activity' AND target = ?"
                + " AND user_id = ?::uuid")
        .params(activity, user)
        .query((rs, n) -> java.util.Optional.ofNullable(rs.getTimestamp(1)))
        .single()
        .map(java.sql.Timestamp::toInstant)
        .orElse(null);
  }

  @Test
  void breakGlassNeedsAReasonOpensThePersonIsAuditedAndFlaggedToTheDpo() {
    AdminSession handler = caseHandlerOf("alta");
    String userId = userIdOf(handler);
    int mailsBefore = TestSmtpServer.receivedBy(DPO).size();

    HttpResponse<String> noReason =
        handler.post(
            "/admin/subjects",
            "/admin/subjects/break-glass",
            Map.of("value", tromsoEmail, "reason", " "));
    assertThat(noReason.statusCode()).isEqualTo(200);
    assertThat(noReason.body()).contains("id=\"break-glass-error\"");
    assertThat(handler.get("/admin/subjects/" + tromso).statusCode()).isEqualTo(404);

    HttpResponse<String> opened =
        handler.post(
            "/admin/subjects",
            "/admin/subjects/break-glass",
            // One field, as the page posts it since issue 16.
            Map.of(
                "value",
                tromsoEmail,
                "reason",
                "The customer is on the phone and Tromso is closed"));
    assertThat(opened.headers().firstValue("Location").orElse(""))
        .endsWith("/admin/subjects/" + tromso);
    HttpResponse<String> page = handler.get("/admin/subjects/" + tromso);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(tromsoMarker);

    Reactions.settle();
    assertThat(trail(BREAK_GLASS_OPENED, tromso, "USER", userId)).isEqualTo(1);
    assertThat(auditRowsHolding(tromsoEmail)).isZero();
    assertThat(admin().get("/admin/grants").body())
        .contains(tromso.toString())
        .contains("class=\"badge break-glass\"");
    MailDelivery.dispatchAllDue(context);
    var mails = TestSmtpServer.receivedBy(DPO);
    assertThat(mails.size() - mailsBefore).isEqualTo(1);
    try {
      assertThat(mails.get(mails.size() - 1).getSubject()).contains("N\u00f8dtilgang");
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aNewUserNeedsAScopeAndExistingAccountsKeepEverything() {
    AdminSession admin = admin();
    String username = "noscope-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> refused =
        admin.post(
            "/admin/users",
            "/admin/users",
            Map.of("username", username, "password", PASSWORD, "roles", "CASE_HANDLER"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Choose the scope");
    assertThat(
            jdbc.sql("SELECT count(*) FROM access_user WHERE username = ?")
                .param(username)
                .query(Long.class)
                .single())
        .isZero();
    // The first admin was made before any scope: "all controllers", stored and shown.
    assertThat(
            jdbc.sql("SELECT scope_all FROM access_user WHERE username = 'admin'")
                .query(Boolean.class)
                .single())
        .isTrue();
    assertThat(admin.get("/admin/users").body()).contains("All controllers");
  }

  // --- helpers

  private ReadScopes scopesAt(Instant at) {
    return new ReadScopes(jdbc, scopeRows, audit, Clock.fixed(at, ZoneId.of("UTC")));
  }

  private SubjectId person(String email) {
    return registry.resolve(List.of(new Identifier(IdentifierType.EMAIL, email)));
  }

  private NewRecord record(String controller, String activity, String note) {
    return new NewRecord(
        controller,
        activity,
        "contact-form",
        clock.instant(),
        Map.of("note", note),
        null,
        null,
        null,
        null);
  }

  private AdminSession admin() {
    AdminSession admin = new AdminSession(port);
    assertThat(admin.login("admin", "test-admin-password-1234").statusCode()).isEqualTo(302);
    return admin;
  }

  /** A case handler made on the users page with the scope of one office, signed in. */
  private AdminSession caseHandlerOf(String controller) {
    String username = controller + "-handler-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        admin()
            .post(
                "/admin/users",
                "/admin/users",
                Map.of(
                    "username", username,
                    "password", PASSWORD,
                    "roles", "CASE_HANDLER",
                    "scope", "listed",
                    "controllers", controller));
    assertThat(created.statusCode()).isEqualTo(302);
    assertThat(admin().get("/admin/users").body()).contains(controller);
    AdminSession handler = new AdminSession(port);
    handler.login(username, PASSWORD);
    String own = PASSWORD + "-own";
    handler.post(
        "/admin/password",
        "/admin/password",
        Map.of("current", PASSWORD, "replacement", own, "confirmation", own));
    assertThat(handler.get("/admin").statusCode()).isEqualTo(200);
    sessions.put(handler, username);
    return handler;
  }

  private final Map<AdminSession, String> sessions = new java.util.HashMap<>();

  private String userIdOf(AdminSession session) {
    return jdbc.sql("SELECT id::text FROM access_user WHERE username = ?")
        .param(sessions.get(session))
        .query(String.class)
        .single();
  }

  private static HttpResponse<String> search(AdminSession session, String email) {
    return session.post("/admin/subjects", "/admin/subjects", Map.of("value", email));
  }

  private HttpResponse<String> lookup(String secret, String email) {
    return http.postJson(
        http.request("/api/v1/subjects/lookup").header("Authorization", "Bearer " + secret),
        "{\"type\":\"email\",\"value\":\"" + email + "\"}");
  }

  private HttpResponse<String> get(String path, String secret) {
    return http.send(http.request(path).header("Authorization", "Bearer " + secret));
  }

  /** A problem body without what differs between any two answers: the request's own ids. */
  private static JsonNode comparable(HttpResponse<String> response) {
    ObjectNode body = (ObjectNode) JSON.readTree(response.body());
    body.remove("correlationId");
    body.remove("instance");
    return body;
  }

  private static final Pattern CSRF =
      Pattern.compile("(name=\"_csrf\"\\s+value=\"|content=\")[^\"]+\"");

  private static String withoutCsrf(String page) {
    Matcher m = CSRF.matcher(page);
    return m.replaceAll("$1\"");
  }

  private long trail(int code, SubjectId subject, String actorType, String actorId) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE action_code = ? AND resource_type = 'subject'"
                + " AND resource_id = ? AND actor_type = ? AND actor_id = ?")
        .params(code, subject.toString(), actorType, actorId)
        .query(Long.class)
        .single();
  }

  private long trailOf(int code) {
    return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action_code = ?")
        .param(code)
        .query(Long.class)
        .single();
  }

  private long auditRowsHolding(String value) {
    return jdbc.sql("SELECT count(*) FROM audit_entry WHERE resource_id LIKE ? OR actor_id LIKE ?")
        .params("%" + value + "%", "%" + value + "%")
        .query(Long.class)
        .single();
  }
}
