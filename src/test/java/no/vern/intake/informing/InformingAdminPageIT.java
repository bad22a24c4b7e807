package no.vern.intake.informing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.intake.records.RecordCommand;
import no.vern.intake.records.RecordIntake;
import no.vern.intake.records.RetryingIntake;
import no.vern.shared.identifier.IdentifierType;
import no.vern.shared.time.Deadlines;
import no.vern.subject.Identifier;
import no.vern.subject.NewRecord;
import no.vern.subject.ScreeningMarks;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The Art. 14 list through the real security chain, with a signed-in case handler. */
@VernTest
class InformingAdminPageIT {

  private static final String HANDLER = "user:00000000-0000-0000-0000-00000000c4a1";

  @Autowired WebApplicationContext context;
  @Autowired RetryingIntake intake;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  @Test
  void dueAndOverdueRecordsAreListedByIdWithoutPersonalData() throws Exception {
    LocalDate today = LocalDate.now(clock.withZone(Deadlines.NORWAY));
    String email = "person." + UUID.randomUUID() + "@example.invalid";
    var overdue = store(email, today.minusDays(3));
    var due = store("person." + UUID.randomUUID() + "@example.invalid", today.plusDays(20));

    String page =
        mvc.perform(
                get("/admin/intake/informing")
                    .param("lang", "en")
                    .with(user(HANDLER).roles("CASE_HANDLER")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(row(page, overdue)).contains(overdue.subject().toString()).contains("Overdue");
    assertThat(row(page, due)).contains(due.subject().toString()).contains(">Due<");
    assertThat(page).doesNotContain(email).doesNotContain("Synthetic");
  }

  @Test
  void markingARecordInformedTakesItOffTheListAndIsAudited() throws Exception {
    LocalDate today = LocalDate.now(clock.withZone(Deadlines.NORWAY));
    // Long overdue, so it is among the first rows however many other tests left on the list.
    var stored = store("person." + UUID.randomUUID() + "@example.invalid", today.minusYears(20));
    String before = page();
    assertThat(row(before, stored)).contains("Mark informed").contains("/admin/subjects/");

    // A form post without the session's CSRF token changes nothing.
    mvc.perform(post(informedPath(stored)).with(user(HANDLER).roles("CASE_HANDLER")))
        .andExpect(status().isForbidden());
    assertThat(page()).contains("data-record-id=\"" + stored.record() + "\"");

    mvc.perform(post(informedPath(stored)).with(user(HANDLER).roles("CASE_HANDLER")).with(csrf()))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/intake/informing?informed"));

    String after = page();
    assertThat(after).doesNotContain("data-record-id=\"" + stored.record() + "\"");
    assertThat(audits(3024, stored.record().toString())).isEqualTo(1);
    mvc.perform(
            post("/admin/intake/records/" + UUID.randomUUID() + "/informed")
                .with(user(HANDLER).roles("CASE_HANDLER"))
                .with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  void aFlaggedRecordIsListedForReviewWithoutItsTextAndLeavesWhenReviewed() throws Exception {
    var flagged =
        intake.store(
            new RecordCommand(
                List.of(
                    new Identifier(
                        IdentifierType.EMAIL, "person." + UUID.randomUUID() + "@example.invalid")),
                new NewRecord(
                    "group",
                    "enquiries",
                    "contact-form",
                    Instant.now(clock),
                    Map.of("message", "Synthetic: I was ill and could not pay"),
                    null,
                    null,
                    null,
                    null,
                    new ScreeningMarks(List.of("HEALTH"), true))),
            "system:test");
    String page = page();
    int review = page.indexOf("id=\"review-list\"");
    assertThat(review).isNotNegative();
    String listed = row(page.substring(review), flagged);
    assertThat(listed)
        .contains("enquiries")
        .contains("contact-form")
        .contains("HEALTH")
        .contains("/admin/subjects/" + flagged.subject())
        .contains("Mark reviewed");
    assertThat(page).doesNotContain("I was ill");

    mvc.perform(
            post("/admin/intake/records/" + flagged.record() + "/reviewed")
                .with(user(HANDLER).roles("DPO"))
                .with(csrf()))
        .andExpect(status().isFound());

    assertThat(page().substring(review)).doesNotContain(flagged.record().toString());
    assertThat(audits(3025, flagged.record().toString())).isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT review_state FROM personal_data_record WHERE id = ?")
                .param(flagged.record().value())
                .query(String.class)
                .single())
        .isEqualTo("REVIEWED");
  }

  @Test
  void otherRolesAreTurnedAway() throws Exception {
    mvc.perform(get("/admin/intake/informing").with(user(HANDLER).roles("MARKETING")))
        .andExpect(status().isForbidden());
    var stored =
        store("person." + UUID.randomUUID() + "@example.invalid", LocalDate.of(2025, 2, 17));
    for (String role : List.of("MARKETING", "AUDITOR")) {
      mvc.perform(post(informedPath(stored)).with(user(HANDLER).roles(role)).with(csrf()))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/admin/intake/records/" + stored.record() + "/reviewed")
                  .with(user(HANDLER).roles(role))
                  .with(csrf()))
          .andExpect(status().isForbidden());
    }
    assertThat(audits(3024, stored.record().toString())).isZero();
  }

  private String page() throws Exception {
    return mvc.perform(
            get("/admin/intake/informing")
                .param("lang", "en")
                .with(user(HANDLER).roles("CASE_HANDLER")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static String informedPath(RecordIntake.Stored stored) {
    return "/admin/intake/records/" + stored.record() + "/informed";
  }

  private long audits(int action, String resourceId) {
    return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action_code = ? AND resource_id = ?")
        .params(action, resourceId)
        .query(Long.class)
        .single();
  }

  private RecordIntake.Stored store(String email, LocalDate informBy) {
    return intake.store(
        new RecordCommand(
            List.of(new Identifier(IdentifierType.EMAIL, email)),
            new NewRecord(
                "group",
                "debt-collection",
                "third-party",
                Instant.now(clock),
                Map.of("claim", "Synthetic"),
                informBy,
                null,
                null,
                null)),
        "system:test");
  }

  private static String row(String page, RecordIntake.Stored stored) {
    int at = page.indexOf("data-record-id=\"" + stored.record() + "\"");
    assertThat(at).as("row of the record").isNotNegative();
    return page.substring(at, page.indexOf("</tr>", at));
  }
}
