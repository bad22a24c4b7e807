package no.vern.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.vern.shared.identifier.IdentifierType;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Who has looked at this person" (issue 18): a case handler opens the person's page, a system
 * reads one of their records through the API with its token; the DPO sees both by name on the
 * person's list, and not a colleague who only read somebody else.
 */
@VernTest
class WhoLookedIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired WebApplicationContext context;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  MockMvc mvc;
  Http http;

  @BeforeEach
  void clients() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    http = new Http(port);
  }

  @Test
  void theDpoSeesTheCaseHandlerAndTheSystemByNameAndNotWhoReadSomeoneElse() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    SubjectId person = person();
    SubjectId someoneElse = person();
    RecordId enquiry =
        records.store(
            person, RecordFixtures.enquiry(clock.instant(), "Synthetic question"), "system:test");
    UUID handler = staff("kari.handler." + tag + "@example.invalid", "CASE_HANDLER");
    UUID colleague = staff("ola.colleague." + tag + "@example.invalid", "CASE_HANDLER");
    UUID dpo = staff("dpo." + tag + "@example.invalid", "DPO");
    String crm = "Synthetic CRM " + tag;
    String secret = token(crm);

    page("/admin/subjects/" + person, handler, "CASE_HANDLER");
    var read =
        http.send(
            http.request("/api/v1/records/" + enquiry).header("Authorization", "Bearer " + secret));
    assertThat(read.statusCode()).isEqualTo(200);
    page("/admin/subjects/" + someoneElse, colleague, "CASE_HANDLER");

    String list = page("/admin/subjects/" + person + "/reads", dpo, "DPO");

    assertThat(list)
        .contains("Who has looked at this person")
        .contains("kari.handler." + tag + "@example.invalid")
        .contains(crm)
        .contains("Case handler")
        // What each did, in words: the page, and the record the system read.
        .contains("Page of a data subject opened")
        .contains("A personal-data record read")
        .contains("dpo." + tag + "@example.invalid")
        .doesNotContain("ola.colleague." + tag)
        .doesNotContain(handler.toString())
        .doesNotContain(colleague.toString());
    // The list was a read too, by the DPO, about the person.
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE action_code = 1550 AND actor_id = ?"
                        + " AND resource_type = 'subject' AND resource_id = ?")
                .params(dpo.toString(), person.toString())
                .query(Long.class)
                .single())
        .isEqualTo(1);

    String nb = page("/admin/subjects/" + person + "/reads", dpo, "DPO", "nb");
    assertThat(nb).contains("Hvem har sett p\u00e5 denne personen").contains("Saksbehandler");

    // The same through the API, for a DPO's own tools: newest first, paged by entry.
    String dpoToken = http.tokenWithRole("DPO");
    var api =
        http.send(
            http.request("/api/v1/subjects/" + person + "/reads?limit=3")
                .header("Authorization", "Bearer " + dpoToken));
    assertThat(api.statusCode()).isEqualTo(200);
    var body = JSON.readTree(api.body());
    assertThat(body.get("reads").size()).isEqualTo(3);
    // Its own read comes first.
    assertThat(body.get("reads").get(0).get("action").asString())
        .isEqualTo("SUBJECT_READERS_VIEWED");
    assertThat(body.get("reads").get(0).get("actorType").asString()).isEqualTo("API_TOKEN");
    var older =
        http.send(
            http.request(
                    "/api/v1/subjects/"
                        + person
                        + "/reads?limit=500&before="
                        + body.get("nextBefore").asLong())
                .header("Authorization", "Bearer " + dpoToken));
    String rest = older.body();
    assertThat(rest).contains(crm).contains("kari.handler." + tag).doesNotContain("ola.colleague");
    assertThat(JSON.readTree(rest).get("nextBefore").isNull()).isTrue();
  }

  private SubjectId person() {
    return registry.resolve(
        List.of(
            new Identifier(
                IdentifierType.EMAIL, "person." + UUID.randomUUID() + "@example.invalid")));
  }

  private UUID staff(String username, String role) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            // scope_all: since issue 18 every account states its scope (V0060).
            "INSERT INTO access_user (id, username, password_hash, roles, created_at, scope_all)"
                + " VALUES (?, ?, 'not-a-hash', ARRAY[?], now(), true)")
        .params(id, username, role)
        .update();
    return id;
  }

  private String token(String name) {
    var created =
        http.postJson(
            http.api("/api/v1/tokens"),
            "{\"name\":\"" + name + "\",\"roles\":[\"CASE_HANDLER\"],\"expiresInDays\":1}");
    assertThat(created.statusCode()).isEqualTo(201);
    return JSON.readTree(created.body()).get("secret").asString();
  }

  private String page(String path, UUID who, String role) throws Exception {
    return page(path, who, role, "en");
  }

  private String page(String path, UUID who, String role, String lang) throws Exception {
    var result =
        mvc.perform(get(path).param("lang", lang).with(user("user:" + who).roles(role)))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    return result.getResponse().getContentAsString();
  }
}
