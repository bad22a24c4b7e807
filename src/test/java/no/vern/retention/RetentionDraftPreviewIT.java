package no.vern.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import no.vern.shared.time.Deadlines;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectRegistry;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The inventory draft page says, before publishing, what a shorter period makes due at once. */
@VernTest
class RetentionDraftPreviewIT {

  private static final String DPO = "user:00000000-0000-0000-0000-0000000000d0";

  @Autowired WebApplicationContext context;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;

  @Test
  void aShorterPeriodOnTheDraftPageNamesTheRecordsTheFirstSweepTakesAtOnce() throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    LocalDate sixtyDaysAgo = LocalDate.ofInstant(clock.instant(), Deadlines.NORWAY).minusDays(60);
    RetentionFixtures.Person p =
        new RetentionFixtures(registry, records).collected("website-analytics", sixtyDaysAgo);
    String example =
        new String(
            getClass().getResourceAsStream("/examples/debt-collection-group.yaml").readAllBytes(),
            StandardCharsets.UTF_8);
    String shorter = example.replace("period: P14M", "period: P1M");
    assertThat(shorter).isNotEqualTo(example);
    mvc.perform(
            post("/admin/inventory/draft")
                .param("document", shorter)
                .with(csrf())
                .with(user(DPO).roles("DPO")))
        .andExpect(status().is3xxRedirection());
    try {
      assertThat(draftPage(mvc, "en"))
          .contains("id=\"consequence-retention-due-website-analytics\"")
          .containsPattern("\\d+ record\\(s\\) of [^<]+ will be due at once under the new rule");
      assertThat(draftPage(mvc, "nb")).contains("forfaller straks etter den nye regelen");
      long kept =
          jdbc.sql("SELECT count(*) FROM personal_data_record WHERE id = ?")
              .param(p.record().value())
              .query(Long.class)
              .single();
      assertThat(kept).as("a preview erases nothing").isOne();
    } finally {
      mvc.perform(post("/admin/inventory/draft/discard").with(csrf()).with(user(DPO).roles("DPO")));
    }
  }

  private static String draftPage(MockMvc mvc, String language) throws Exception {
    return mvc.perform(
            get("/admin/inventory/draft").param("lang", language).with(user(DPO).roles("DPO")))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
