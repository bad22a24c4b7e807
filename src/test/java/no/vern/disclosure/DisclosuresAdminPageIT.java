package no.vern.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The DPO's register page and its link from the person's page, through the security chain. */
@VernTest
class DisclosuresAdminPageIT {

  private static final String DPO = "user:" + UUID.randomUUID();

  @Autowired WebApplicationContext context;
  @Autowired SubjectRegistry registry;
  @Autowired Disclosures disclosures;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    // A user who reads people must exist since issue 18 (need-to-know); this one sees everyone.
    no.vern.support.TestUsers.withAllControllers(jdbc, DPO);
  }

  @Test
  void theDpoSeesAPersonsDisclosuresWithTheConfidentialOneMarkedAndTheReadIsAudited()
      throws Exception {
    SubjectId subject =
        registry.resolve(
            List.of(
                new Identifier(
                    IdentifierType.EMAIL, "page." + UUID.randomUUID() + "@example.invalid")));
    disclosures.record(
        new NewDisclosure(
            subject,
            "financial-intelligence-unit",
            "public-authority",
            List.of("anti-money-laundering"),
            List.of("A6-1-c"),
            List.of("due-diligence"),
            clock.instant().minusSeconds(60),
            "REPORTED",
            0,
            "AML-7",
            null,
            true,
            "hvitvaskingsloven § 28",
            null),
        "system:test");

    String person = page("/admin/subjects/" + subject, as("DPO"));
    assertThat(person)
        .contains("id=\"subject-disclosures\"", "/admin/disclosures?subject=" + subject);
    String handlerView = page("/admin/subjects/" + subject, as("CASE_HANDLER"));
    assertThat(handlerView).doesNotContain("id=\"subject-disclosures\"");

    String register = page("/admin/disclosures?subject=" + subject + "&lang=en", as("DPO"));

    assertThat(register)
        .contains("financial-intelligence-unit", "(public authority)", "due-diligence", "AML-7")
        .contains("data-confidential=\"true\"", "Confidential: hvitvaskingsloven § 28");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE action_code = 6101 AND resource_id = ?")
                .param(subject.toString())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(page("/admin/disclosures?lang=nb", as("ADMIN")))
        .contains("Utleveringsregister", "financial-intelligence-unit");
    assertThat(page("/admin/disclosures?subject=not-an-id&lang=en", as("DPO")))
        .contains("No person has this id.");
    assertThat(
            mvc.perform(get("/admin/disclosures").with(as("CASE_HANDLER")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }

  private String page(String path, RequestPostProcessor who) throws Exception {
    var response = mvc.perform(get(path).with(who)).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString();
  }

  private static RequestPostProcessor as(String role) {
    return user(DPO).roles(role);
  }
}
