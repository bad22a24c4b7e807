package no.vern.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.shared.identifier.IdentifierType;
import no.vern.support.Http;
import no.vern.support.Reactions;
import no.vern.support.TestUsers;
import no.vern.support.VernTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Finding a person by name in the admin search (issue 16): exact names only, namesakes listed to
 * choose from, each found person on the audit trail, and the name found however the record came in
 * (an API record, an import, a rectification, or a record stored before names were indexed).
 */
@VernTest
class SubjectNameSearchIT {

  private static final String DPO = "user:00000000-0000-0000-0000-0000000016a1";

  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired Rectifications rectifications;
  @Autowired RecordNameBackfill backfill;
  @LocalServerPort int port;
  MockMvc mvc;

  /** A name no other test uses, so that namesakes are only this test's people. */
  String surname;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    TestUsers.withAllControllers(jdbc, DPO);
    surname = "Nordmann" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
  }

  @Test
  void anExactNameOpensThePersonAndNamesakesAreListedToChooseFrom() throws Exception {
    SubjectId ola = person("Ola " + surname);
    SubjectId kari = person("Kari " + surname);
    SubjectId namesake = person("  KARI   " + surname.toUpperCase() + " ");

    search("ola " + surname.toLowerCase()).andExpect(redirectedUrl("/admin/subjects/" + ola));
    search("Kari " + surname)
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("data-subject=\"" + kari + "\"")))
        .andExpect(content().string(Matchers.containsString("data-subject=\"" + namesake + "\"")))
        .andExpect(content().string(Matchers.not(Matchers.containsString(ola.toString()))))
        .andExpect(content().string(Matchers.containsString("Records with this name: 1")));

    Reactions.settle();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE action_code = ?"
                        + " AND resource_id IN (?, ?) AND outcome = 'SUCCESS'")
                .params(
                    SubjectAuditAction.SUBJECT_SEARCHED.code(),
                    kari.toString(),
                    namesake.toString())
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void partOfANameFindsNobodyAndSaysItWasLookedUpAsAName() throws Exception {
    person("Kari " + surname);
    search("Kari")
        .andExpect(content().string(Matchers.containsString("id=\"search-no-match\"")))
        .andExpect(content().string(Matchers.containsString("Full name")));
    search(surname).andExpect(content().string(Matchers.containsString("id=\"search-no-match\"")));
  }

  @Test
  void aNameImportedOrRectifiedOrStoredBeforeTheIndexIsFound() throws Exception {
    String email = "name.import." + UUID.randomUUID() + "@example.invalid";
    String csv = "email,name,collectedAt\r\n" + email + ",Per " + surname + ",2026-01-10\r\n";
    Http http = new Http(port);
    HttpResponse<String> imported =
        http.send(
            http.api("/api/v1/imports?activity=enquiries&source=contact-form")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    assertThat(imported.statusCode()).as(imported.body()).isBetween(200, 201);
    SubjectId per = registry.find(new Identifier(IdentifierType.EMAIL, email)).orElseThrow();
    search("Per " + surname).andExpect(redirectedUrl("/admin/subjects/" + per));

    // Married, and the record corrected: found by the new name only.
    RecordId record = records.ofSubject(per, DPO).get(0).id();
    rectifications.correctRecord(per, record, Map.of("name", "Per Hansen-" + surname));
    search("Per Hansen-" + surname).andExpect(redirectedUrl("/admin/subjects/" + per));
    search("Per " + surname)
        .andExpect(content().string(Matchers.containsString("id=\"search-no-match\"")));

    // As stored before V0084: no index, until the one-time pass has run again.
    jdbc.sql("UPDATE personal_data_record SET name_index = NULL WHERE id = ?")
        .param(record.value())
        .update();
    jdbc.sql("DELETE FROM subject_identifier_pass WHERE name = ?")
        .param(RecordNameBackfill.PASS)
        .update();
    search("Per Hansen-" + surname)
        .andExpect(content().string(Matchers.containsString("id=\"search-no-match\"")));
    assertThat(backfill.run()).isPositive();
    search("Per Hansen-" + surname).andExpect(redirectedUrl("/admin/subjects/" + per));
  }

  private SubjectId person(String name) {
    SubjectId subject =
        registry.resolve(
            List.of(
                new Identifier(
                    IdentifierType.EMAIL, "name." + UUID.randomUUID() + "@example.invalid")));
    records.store(
        subject,
        new NewRecord(
            "group",
            "enquiries",
            "contact-form",
            Instant.parse("2026-02-01T10:00:00Z"),
            Map.of("name", name, "message", "Synthetic enquiry"),
            null,
            null,
            null,
            null),
        "system:test");
    return subject;
  }

  private ResultActions search(String value) throws Exception {
    return mvc.perform(
        post("/admin/subjects")
            .param("value", value)
            .param("lang", "en")
            .with(csrf())
            .with(user(DPO).roles("DPO")));
  }
}
