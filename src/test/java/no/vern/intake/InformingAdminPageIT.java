package no.vern.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.shared.identifier.IdentifierType;
import no.vern.shared.time.Deadlines;
import no.vern.subject.Identifier;
import no.vern.subject.NewRecord;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
  void otherRolesAreTurnedAway() throws Exception {
    mvc.perform(get("/admin/intake/informing").with(user(HANDLER).roles("MARKETING")))
        .andExpect(status().isForbidden());
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
