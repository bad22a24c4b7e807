package no.vern.consent.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import no.vern.consent.ConsentApi;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/** A DPO looks up a person's consent history and exports it, through the real security chain. */
@VernTest
class ConsentAdminPageIT {

  private static final String DPO = "user:00000000-0000-0000-0000-0000000000d0";

  @LocalServerPort int port;
  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  MockMvc mvc;
  ConsentApi api;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    api = new ConsentApi(new Http(port));
  }

  @Test
  void theHistoryShowsEveryDecisionInTheChosenLanguageAndIsAudited() throws Exception {
    String email = ConsentApi.email();
    Map<String, Object> body = ConsentApi.body(email, "newsletter", "give");
    body.put("userAgent", "Synthetic/2.0");
    JsonNode given = ConsentApi.JSON.readTree(api.post(body).body());
    UUID subject = UUID.fromString(given.get("subject").asString());
    api.record(email, "newsletter", "withdraw");

    String english = page(subject, "en");
    String bokmal = page(subject, "nb");

    assertThat(english)
        .contains("Consent history")
        .contains("data-event-id=\"" + given.get("event").asString() + "\"")
        .contains(">Given<")
        .contains(">Withdrawn<")
        .contains("Synthetic/2.0")
        .contains("export.csv?subject=" + subject)
        .doesNotContain(email);
    assertThat(bokmal)
        .contains("Samtykkehistorikk")
        .contains(">Gitt<")
        .contains(">Trukket tilbake<");
    assertThat(audits(subject, 4010)).isEqualTo(2);
  }

  @Test
  void theExportsHoldTheEventsAndTheSignedReceipts() throws Exception {
    String email = ConsentApi.email();
    JsonNode given = api.record(email, "newsletter", "give");
    UUID subject = UUID.fromString(given.get("subject").asString());
    api.record(email, "newsletter", "refuse");

    MvcResult csv = export(subject, "csv");
    MvcResult json = export(subject, "json");

    String csvText = csv.getResponse().getContentAsString();
    assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
    assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("attachment");
    assertThat(csvText.split("\r\n")).hasSize(3);
    assertThat(csvText).startsWith("event,subject,purpose,status,dpv_status,occurred_at");
    assertThat(csvText)
        .contains(",given,dpv:ConsentGiven,")
        .contains(",refused,dpv:ConsentRefused,");
    JsonNode document = ConsentApi.JSON.readTree(json.getResponse().getContentAsString());
    assertThat(document.get("subject").asString()).isEqualTo(subject.toString());
    assertThat(document.get("events").size()).isEqualTo(2);
    assertThat(document.get("events").get(0).get("receipt").get("jws").asString()).contains(".");
    assertThat(document.get("events").get(1).has("receipt")).isFalse();
    assertThat(audits(subject, 4011)).isEqualTo(2);
  }

  @Test
  void aTextThatIsNoSubjectIdIsSaidSoAndOtherRolesAreTurnedAway() throws Exception {
    String page =
        mvc.perform(
                get("/admin/consent")
                    .param("subject", "not-an-id")
                    .param("lang", "en")
                    .with(user(DPO).roles("DPO")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("id=\"invalid-subject\"");
    mvc.perform(get("/admin/consent").with(user(DPO).roles("MARKETING")))
        .andExpect(status().isForbidden());
  }

  @Test
  void theCsvKeepsASpreadsheetFromRunningAUserAgentAsAFormula() {
    assertThat(HistoryExport.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(HistoryExport.cell("Mozilla/5.0, like Gecko"))
        .isEqualTo("\"Mozilla/5.0, like Gecko\"");
  }

  private String page(UUID subject, String lang) throws Exception {
    return mvc.perform(
            get("/admin/consent")
                .param("subject", subject.toString())
                .param("lang", lang)
                .with(user(DPO).roles("DPO")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private MvcResult export(UUID subject, String ext) throws Exception {
    return mvc.perform(
            get("/admin/consent/export." + ext)
                .param("subject", subject.toString())
                .with(user(DPO).roles("AUDITOR")))
        .andExpect(status().isOk())
        .andReturn();
  }

  private long audits(UUID subject, int code) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE action_code = ? AND resource_type = 'subject'"
                + " AND resource_id = ?")
        .params(code, subject.toString())
        .query(Long.class)
        .single();
  }
}
