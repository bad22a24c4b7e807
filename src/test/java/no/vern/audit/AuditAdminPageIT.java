package no.vern.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.vern.support.VernTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The admin page through the real security chain, with a signed-in auditor. */
@VernTest
class AuditAdminPageIT {

  private static final String AUDITOR = "user:00000000-0000-0000-0000-00000000a0d1";

  @Autowired WebApplicationContext context;
  @Autowired AuditWriter writer;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  @Test
  void anAuditorSeesTheTrailNewestFirstInNorwegian() throws Exception {
    mvc.perform(get("/admin/audit").param("lang", "nb").with(user(AUDITOR).roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Kontroller kjeden")))
        .andExpect(content().string(Matchers.containsString("hx-post=\"/admin/audit/verify\"")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
  }

  @Test
  void filtersAndPagingAreAccepted() throws Exception {
    mvc.perform(
            get("/admin/audit")
                .param("from", "2020-01-01")
                .param("to", "2099-12-31")
                .param("action", "1102")
                .param("actorType", "USER")
                .param("before", "1000000000")
                .with(user(AUDITOR).roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(
            content().string(Matchers.containsString("value=\"1102\" selected=\"selected\"")))
        .andExpect(content().string(Matchers.containsString("value=\"2099-12-31\"")));
  }

  @Test
  void verifyingShowsTheResultFragment() throws Exception {
    mvc.perform(post("/admin/audit/verify").with(csrf()).with(user(AUDITOR).roles("DPO")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("id=\"verification-ok\"")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
  }

  @Test
  void anEntryShowsTheTokenAsActorAndWhatTheIntegratorReportedBesideIt() throws Exception {
    String resource = "c-" + java.util.UUID.randomUUID();
    AuditWriter.await(
        writer.append(
            new AuditRecord(
                    AuditRecord.ActorType.API_TOKEN,
                    "00000000-0000-0000-0000-00000000c0de",
                    TrailAuditAction.EXTERNAL_EVENT,
                    "crm.contact",
                    resource,
                    AuditRecord.Outcome.DENIED)
                .reportedBy("crm-user:4713")
                .because("NOT_PERMITTED")));

    mvc.perform(
            get("/admin/audit")
                .param("resourceId", resource)
                .param("lang", "en")
                .with(user(AUDITOR).roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("API token")))
        .andExpect(
            content().string(Matchers.containsString("00000000-0000-0000-0000-00000000c0de")))
        .andExpect(
            content().string(Matchers.containsString("reported by the integrator: crm-user:4713")))
        .andExpect(content().string(Matchers.containsString("reason: NOT_PERMITTED")));
  }

  @Test
  void otherRolesAreTurnedAway() throws Exception {
    mvc.perform(get("/admin/audit").with(user(AUDITOR).roles("MARKETING")))
        .andExpect(status().isForbidden());
  }
}
