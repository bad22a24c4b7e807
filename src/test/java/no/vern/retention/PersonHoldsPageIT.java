package no.vern.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import no.vern.retention.RetentionFixtures.Person;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Reactions;
import no.vern.support.TestUsers;
import no.vern.support.VernTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A person's page leads to the legal holds that keep their data (issue 16): holds on the person and
 * on their records, not other people's; a hold placed and lifted there returns to it.
 */
@VernTest
class PersonHoldsPageIT {

  private static final String DPO = "user:00000000-0000-0000-0000-0000000016d0";
  private static final LocalDate COLLECTED = LocalDate.of(2025, 3, 1);

  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired JdbcLegalHolds holds;
  MockMvc mvc;
  RetentionFixtures fixtures;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    TestUsers.withAllControllers(jdbc, DPO);
    fixtures = new RetentionFixtures(registry, records);
  }

  @Test
  void thePersonsPageLinksToTheHoldsOnThemAndTheirRecordsOnly() throws Exception {
    Person person = fixtures.collected("debt-collection", COLLECTED);
    Person other = fixtures.collected("debt-collection", COLLECTED);
    UUID onPerson = hold(person.subject().value(), null, "Dispute over the claim");
    UUID onRecord = hold(null, person.record().value(), "Evidence for the court");
    UUID onOther = hold(other.subject().value(), null, "Another person's dispute");

    String link = "/admin/retention/holds?subject=" + person.subject().value();
    mvc.perform(get("/admin/subjects/" + person.subject().value()).with(user(DPO).roles("DPO")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("href=\"" + link + "\"")));
    mvc.perform(get(link).param("lang", "en").with(user(DPO).roles("DPO")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("data-hold-id=\"" + onPerson + "\"")))
        .andExpect(content().string(Matchers.containsString("data-hold-id=\"" + onRecord + "\"")))
        .andExpect(content().string(Matchers.containsString("Evidence for the court")))
        .andExpect(content().string(Matchers.not(Matchers.containsString(onOther.toString()))))
        .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));

    Reactions.settle();
    assertThat(
            jdbc.sql("SELECT count(*) FROM audit_entry WHERE action_code = ? AND resource_id = ?")
                .params(
                    RetentionAuditAction.PERSON_HOLDS_READ.code(),
                    person.subject().value().toString())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aHoldLiftedOrPlacedOnThePersonsPageReturnsToIt() throws Exception {
    Person person = fixtures.collected("debt-collection", COLLECTED);
    UUID id = person.subject().value();
    UUID onRecord = hold(null, person.record().value(), "Evidence for the court");
    String page = "/admin/retention/holds?subject=" + id;

    mvc.perform(
            post("/admin/retention/holds/" + onRecord + "/lift")
                .param("reason", "The court case is over")
                .param("from", id.toString())
                .with(csrf())
                .with(user(DPO).roles("DPO")))
        .andExpect(redirectedUrl(page + "&lifted"));
    mvc.perform(
            post("/admin/retention/holds")
                .param("target", "subject")
                .param("value", id.toString())
                .param("reason", "A new complaint")
                .param("reviewAt", "2099-01-01")
                .param("from", id.toString())
                .with(csrf())
                .with(user(DPO).roles("DPO")))
        .andExpect(redirectedUrl(page + "&held"));

    mvc.perform(get(page).param("lang", "nb").with(user(DPO).roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("A new complaint")))
        .andExpect(content().string(Matchers.containsString("Opphevet")))
        // An auditor reads; only the DPO and administrators place or lift holds.
        .andExpect(
            content().string(Matchers.not(Matchers.containsString("retention-person-hold-form"))));
  }

  @Test
  void anUnknownPersonIsSaidToBeUnknown() throws Exception {
    mvc.perform(
            get("/admin/retention/holds")
                .param("subject", UUID.randomUUID().toString())
                .with(user(DPO).roles("DPO")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("retention-person-unknown")));
  }

  private UUID hold(UUID subject, UUID record, String reason) {
    return holds
        .place(
            new JdbcLegalHolds.Request(
                subject, record, null, null, reason, LocalDate.of(2099, 1, 1)),
            DPO)
        .id();
  }
}
