package no.vern.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The DPO's pages: record a breach, see its clock, record a notification, print the document. */
@VernTest
class BreachAdminIT {

  private static final String DPO = "user:" + UUID.randomUUID();

  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  @Test
  void theDpoRecordsABreachInOsloTimeAndSeesItsDeadlineInSummerTime() throws Exception {
    String summary = "Misdirected letter " + UUID.randomUUID();
    var recorded =
        mvc.perform(
                post("/admin/breaches")
                    .with(as("DPO"))
                    .with(csrf())
                    .param("summary", summary)
                    .param("type", "confidentiality")
                    .param("awareAt", "2026-03-27T23:59")
                    .param("reporterKind", "processor")
                    .param("reportedBy", "Print and mail processor"))
            .andReturn()
            .getResponse();
    assertThat(recorded.getStatus()).isEqualTo(302);
    String location = recorded.getRedirectedUrl();
    assertThat(location).startsWith("/admin/breaches/");
    String id = location.substring("/admin/breaches/".length(), location.indexOf('?'));

    String page = page("/admin/breaches/" + id + "?lang=nb", as("DPO"));
    assertThat(page)
        .contains(summary, "2026-03-27 23:59 +01:00 (Europe/Oslo)")
        .contains("id=\"breach-notify-by\">2026-03-31 00:59 +02:00 (Europe/Oslo)")
        .contains("Fristen er ute");
    String list = page("/admin/breaches?lang=en", as("AUDITOR"));
    assertThat(list).contains(summary, "2026-03-31 00:59 +02:00 (Europe/Oslo)", "Deadline passed");
    assertThat(list).doesNotContain("id=\"breach-form\"");
    assertThat(page("/admin?lang=en", as("DPO")))
        .contains("id=\"counter-breaches-open\"", "past the 72 hours");

    // Late, and no reasons: refused, said so, nothing stored.
    String refused =
        mvc.perform(
                post("/admin/breaches/" + id + "/notifications")
                    .with(as("DPO"))
                    .with(csrf())
                    .param("recipient", "datatilsynet")
                    .param("channel", "altinn")
                    .param("lang", "en"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("id=\"notification-refused\"", "33(1)");
    assertThat(notifications(id)).isZero();
    var given =
        mvc.perform(
                post("/admin/breaches/" + id + "/notifications")
                    .with(as("DPO"))
                    .with(csrf())
                    .param("recipient", "datatilsynet")
                    .param("channel", "altinn")
                    .param("delayReasons", "The processor told us on 2 April."))
            .andReturn()
            .getResponse();
    assertThat(given.getRedirectedUrl()).endsWith("?notified");
    assertThat(notifications(id)).isEqualTo(1);
  }

  @Test
  void theDocumentForDatatilsynetCarriesEveryFieldOfTheFormInBokmal() throws Exception {
    String id = recordWithEverything();

    String doc = page("/admin/breaches/" + id + "/document", as("DPO"));

    assertThat(doc)
        .contains("lang=\"nb\"", "Melding om brudd på personopplysningssikkerheten")
        .contains(
            "Hovedårsak",
            "Når bruddet skjedde (periode)",
            "Når bruddet ble oppdaget",
            "Antall berørte personer",
            "Hva som skjedde og hvordan",
            "Typer personopplysninger",
            "Forholdet til de berørte",
            "Hvor opplysningene er etter bruddet",
            "Sannsynlige konsekvenser",
            "Tiltak som er gjort og planlagt",
            "Om og hvordan de berørte er varslet",
            "Personvernombud eller annen kontaktperson")
        .contains(
            "Innbrudd i arkivrom",
            "2026-03-20 08:00 +01:00 (Europe/Oslo)",
            "2026-03-27 23:59 +01:00 (Europe/Oslo)",
            "412",
            "kontaktopplysninger, kravopplysninger",
            "Skyldnere i inkassosaker",
            "Ukjent; mappene er ikke funnet",
            "Svindelforsøk",
            "Gjort: Låsen er byttet",
            "Planlagt: Digitalisering",
            "Brev sendt 2. april",
            "personvernombud@brattli.example.invalid")
        .doesNotContain("Ikke kjent ennå");
    assertThat(doc).doesNotContain("Main cause", "What happened");
    assertThat(
            mvc.perform(get("/admin/breaches/" + id + "/document").with(as("CASE_HANDLER")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }

  private String recordWithEverything() throws Exception {
    var r =
        mvc.perform(
                post("/admin/breaches")
                    .with(as("DPO"))
                    .with(csrf())
                    .param("summary", "Innbrudd i arkivrom")
                    .param("type", "confidentiality")
                    .param("awareAt", "2026-03-27T23:59"))
            .andReturn()
            .getResponse();
    String location = r.getRedirectedUrl();
    String id = location.substring("/admin/breaches/".length(), location.indexOf('?'));
    var updated =
        mvc.perform(
                post("/admin/breaches/" + id)
                    .with(as("DPO"))
                    .with(csrf())
                    .param("mainCause", "Innbrudd")
                    .param("occurredFrom", "2026-03-20T08:00")
                    .param("occurredTo", "2026-03-27T20:00")
                    .param("approxSubjects", "412")
                    .param("whatHappened", "Arkivrommet ble brutt opp og to mapper tatt.")
                    .param("dataCategories", "kontaktopplysninger, kravopplysninger")
                    .param("subjectCategories", "Skyldnere i inkassosaker")
                    .param("relationship", "Kunder av oppdragsgiverne våre")
                    .param("dataLocation", "Ukjent; mappene er ikke funnet")
                    .param("consequences", "Svindelforsøk og identitetstyveri")
                    .param("measuresTaken", "Låsen er byttet")
                    .param("measuresPlanned", "Digitalisering av arkivet")
                    .param("subjectsInformed", "Brev sendt 2. april")
                    .param("contact", "personvernombud@brattli.example.invalid")
                    .param("risk", "high")
                    .param("riskReasoning", "Økonomiske opplysninger om mange"))
            .andReturn()
            .getResponse();
    assertThat(updated.getRedirectedUrl()).as(updated.getContentAsString()).endsWith("?updated");
    return id;
  }

  private String page(String path, RequestPostProcessor who) throws Exception {
    var response = mvc.perform(get(path).with(who)).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString();
  }

  private long notifications(String id) {
    return jdbc.sql("SELECT count(*) FROM breach_notification WHERE breach_id = ?::uuid")
        .param(id)
        .query(Long.class)
        .single();
  }

  private static RequestPostProcessor as(String role) {
    return user(DPO).roles(role);
  }
}
