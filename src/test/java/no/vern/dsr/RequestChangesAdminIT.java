package no.vern.dsr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.UUID;
import no.vern.consent.ConsentLedger;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.TestUsers;
import no.vern.support.VernTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The request's changes page: the proposal in Bokmål, a restriction and an overridden erasure. */
@VernTest
class RequestChangesAdminIT {

  private static final String HANDLER = "user:00000000-0000-0000-0000-00000000c4a1";

  @LocalServerPort int port;
  @Autowired WebApplicationContext web;
  @Autowired ApplicationContext context;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired ConsentLedger ledger;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void aCaseHandlerKeepsTheClaimWithAReasonErasesTheRestAndRestrictsFromThePage() throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    TestUsers.withAllControllers(jdbc, HANDLER);
    var person = DsrFixtures.person(registry, records, ledger, clock.instant());
    Changing changing = new Changing(new Dsr(new Http(port), context), new Http(port));
    String request = changing.verified(person.email(), "nb", "erasure", "restriction");
    String page = "/admin/requests/" + request + "/changes";
    UUID claim =
        jdbc.sql(
                "SELECT id FROM personal_data_record WHERE subject_id = ?"
                    + " AND activity = 'debt-collection'")
            .param(person.subject().value())
            .query(UUID.class)
            .single();

    mvc.perform(get(page).param("lang", "nb").with(user(HANDLER).roles("CASE_HANDLER")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Inkasso")))
        .andExpect(content().string(Matchers.containsString("data-proposal=\"erase\"")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));

    mvc.perform(
            post(page + "/restrict")
                .param("activity", "events")
                .with(csrf())
                .with(user(HANDLER).roles("CASE_HANDLER")))
        .andExpect(redirectedUrl(page));
    mvc.perform(
            post(page + "/erase")
                .param("decision." + claim, "keep")
                .param("reason." + claim, "Synthetic: the claim is disputed")
                .with(csrf())
                .with(user(HANDLER).roles("CASE_HANDLER")))
        .andExpect(redirectedUrl(page));

    assertThat(
            jdbc.sql("SELECT activity FROM personal_data_record WHERE subject_id = ?")
                .param(person.subject().value())
                .query(String.class)
                .list())
        .containsExactly("debt-collection");
    assertThat(
            jdbc.sql(
                    "SELECT ground || ':' || reason FROM dsr_change WHERE record_id = ?"
                        + " AND outcome = 'kept'")
                .param(claim)
                .query(String.class)
                .single())
        .isEqualTo("case-handler:Synthetic: the claim is disputed");
    mvc.perform(get(page).param("lang", "en").with(user(HANDLER).roles("CASE_HANDLER")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("data-outcome=\"kept\"")))
        .andExpect(content().string(Matchers.containsString("data-outcome=\"erased\"")))
        .andExpect(content().string(Matchers.containsString("data-outcome=\"restricted\"")));
  }
}
