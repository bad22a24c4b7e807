package no.vern.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
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

/**
 * A DPO merges a suggested duplicate into the person whose page is open: a confirmation first, a
 * POST with the session's CSRF token, then the other id leads to this page.
 */
@VernTest
class SubjectMergeAdminIT {

  private static final UUID DPO_ID = UUID.randomUUID();

  @Autowired WebApplicationContext context;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    // A user who reads people must exist since issue 18 (need-to-know); this one sees everyone.
    no.vern.support.TestUsers.withAllControllers(jdbc, DPO_ID);
  }

  @Test
  void aSuggestedDuplicateIsMergedAfterConfirmationAndItsOldIdLeadsHere() throws Exception {
    Identifier email = SubjectFixtures.email();
    Identifier phone = SubjectFixtures.phone();
    SubjectId older = registry.resolve(List.of(email));
    SubjectId newer = registry.resolve(List.of(phone));
    records.store(newer, RecordFixtures.enquiry(clock.instant(), "from the duplicate"), "system:t");
    // One intake naming both identifiers: they belong to two subjects, so a merge is suggested.
    assertThat(registry.resolve(List.of(email, phone))).isEqualTo(older);

    String page = page("/admin/subjects/" + older);
    assertThat(page)
        .contains("data-suggestion=\"" + newer + "\"")
        .contains("Merge into this person");
    assertThat(page).doesNotContain("from the duplicate");

    String confirm = page("/admin/subjects/" + older + "/merge?from=" + newer);
    assertThat(confirm).contains("id=\"merge-confirm\"").contains(newer.toString());
    assertThat(registry.current(newer)).contains(newer);

    // Without the CSRF token nothing happens.
    mvc.perform(
            post("/admin/subjects/" + older + "/merge").param("from", newer.toString()).with(dpo()))
        .andExpect(status().isForbidden());
    assertThat(registry.current(newer)).contains(newer);

    mvc.perform(
            post("/admin/subjects/" + older + "/merge")
                .param("from", newer.toString())
                .with(dpo())
                .with(csrf()))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/subjects/" + older + "?merged"));

    assertThat(registry.current(newer)).contains(older);
    assertThat(registry.find(phone)).contains(older);
    mvc.perform(get("/admin/subjects/" + newer).with(dpo()))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/subjects/" + older));
    String after = page("/admin/subjects/" + older + "?merged");
    assertThat(after)
        .contains("id=\"subject-merged\"")
        .contains("from the duplicate")
        .doesNotContain("data-suggestion=");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE action_code = 3002 AND actor_id = ?"
                        + " AND resource_id IN (?, ?)")
                .params(DPO_ID.toString(), older.toString(), newer.toString())
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void onlyASuggestedSubjectCanBeMergedHere() throws Exception {
    SubjectId one = registry.resolve(List.of(SubjectFixtures.email()));
    SubjectId other = registry.resolve(List.of(SubjectFixtures.email()));

    mvc.perform(get("/admin/subjects/" + one + "/merge?from=" + other).with(dpo()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/admin/subjects/" + one + "/merge")
                .param("from", other.toString())
                .with(dpo())
                .with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(registry.current(other)).contains(other);
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path).param("lang", "en").with(dpo()))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static RequestPostProcessor dpo() {
    return user("user:" + DPO_ID).roles("DPO");
  }
}
