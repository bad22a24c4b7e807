package no.vern.inventory;

import static org.assertj.core.api.Assertions.assertThat;
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

/** The inventory page through the real security chain, with a signed-in DPO. */
@VernTest
class InventoryAdminPageIT {

  private static final String DPO = "user:00000000-0000-0000-0000-0000000000d0";

  @Autowired WebApplicationContext context;
  @Autowired ProcessingInventory inventory;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  @Test
  void theActiveInventoryIsShownInNorwegian() throws Exception {
    mvc.perform(get("/admin/inventory").param("lang", "nb").with(user(DPO).roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Inkasso")))
        // An auditor reads; only the roles that may activate are offered a draft.
        .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"inventory-edit\""))))
        .andExpect(
            content()
                .string(
                    Matchers.containsString("/admin/inventory/download/record-of-processing.csv")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
  }

  @Test
  void legalBasesAndCookieLifetimesAreWordsInTheAdminsLanguage() throws Exception {
    String nb = page("nb");
    String en = page("en");

    assertThat(nb).contains("Rettslig forpliktelse (art. 6 nr. 1 c)").contains("6 måneder");
    assertThat(nb).contains("Til nettleseren lukkes").contains("Nødvendig");
    assertThat(en).contains("Legal obligation (Art. 6(1)(c))").contains("6 months");
    assertThat(en).contains("1 year").contains("Until the browser closes");
    assertThat(en).doesNotContain("<code>A6-1-c</code>").doesNotContain(">P6M<");
  }

  private String page(String lang) throws Exception {
    return mvc.perform(get("/admin/inventory").param("lang", lang).with(user(DPO).roles("DPO")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void aBrokenDraftShowsEveryProblemAtItsLineAndActivatesNothing() throws Exception {
    int before = inventory.active().orElseThrow().number();
    mvc.perform(
            post("/admin/inventory/draft")
                .param("document", InventoryExamples.brokenFourWays())
                .with(csrf())
                .with(user(DPO).roles("DPO")))
        .andExpect(status().is3xxRedirection());
    try {
      mvc.perform(get("/admin/inventory/draft").param("lang", "en").with(user(DPO).roles("DPO")))
          .andExpect(status().isOk())
          .andExpect(content().string(Matchers.containsString("id=\"inventory-problems\"")))
          .andExpect(content().string(Matchers.containsString("activities[0].retention")))
          .andExpect(content().string(Matchers.containsString("activities[8].name.en")))
          .andExpect(content().string(Matchers.containsString("id=\"preview-blocked\"")))
          .andExpect(content().string(Matchers.not(Matchers.containsString("draft-publish"))));
      assertThat(inventory.active().orElseThrow().number()).isEqualTo(before);
    } finally {
      discard();
    }
  }

  @Test
  void publishingNeedsTheConfirmationAndTheDraftThatWasPreviewed() throws Exception {
    int before = inventory.active().orElseThrow().number();
    String changed =
        InventoryExamples.DEBT_COLLECTION.replace(
            "We send you newsletters and invitations to events and webinars by e-mail.",
            "We send you newsletters and invitations to events and webinars by e-mail or post.");
    mvc.perform(
            post("/admin/inventory/draft")
                .param("document", changed)
                .with(csrf())
                .with(user(DPO).roles("DPO")))
        .andExpect(status().is3xxRedirection());
    String sha256 = VersionedProcessingInventory.sha256(changed);
    try {
      mvc.perform(get("/admin/inventory/draft").param("lang", "en").with(user(DPO).roles("DPO")))
          .andExpect(
              content().string(Matchers.containsString("id=\"consequence-consent-renewals\"")))
          .andExpect(
              content()
                  .string(Matchers.containsString("id=\"consequence-purpose-changed-newsletter\"")))
          .andExpect(content().string(Matchers.containsString("by e-mail or post.")));
      publish(sha256, false).andExpect(status().is3xxRedirection());
      publish("0".repeat(64), true).andExpect(status().is3xxRedirection());
      assertThat(inventory.active().orElseThrow().number()).isEqualTo(before);
    } finally {
      discard();
    }
  }

  @Test
  void aRetentionRuleThatMovesIsNamedWithItsRecords() throws Exception {
    String longer =
        InventoryExamples.DEBT_COLLECTION.replace(
            "      period: P0D\n      action: delete\n      description:\n"
                + "        nb: Slettes straks du melder deg av",
            "      period: P30D\n      action: delete\n      description:\n"
                + "        nb: Slettes straks du melder deg av");
    assertThat(longer).isNotEqualTo(InventoryExamples.DEBT_COLLECTION);
    mvc.perform(
            post("/admin/inventory/draft")
                .param("document", longer)
                .with(csrf())
                .with(user(DPO).roles("DPO")))
        .andExpect(status().is3xxRedirection());
    try {
      mvc.perform(get("/admin/inventory/draft").param("lang", "en").with(user(DPO).roles("DPO")))
          .andExpect(
              content().string(Matchers.containsString("id=\"consequence-retention-newsletter\"")))
          .andExpect(
              content()
                  .string(
                      Matchers.containsString(
                          "Retention for Newsletters and invitations (newsletter) changes from")))
          .andExpect(content().string(Matchers.containsString("30 days")));
    } finally {
      discard();
    }
  }

  @Test
  void aDraftEqualToTheInventoryInForceSaysSoAndOffersNoPublish() throws Exception {
    String same =
        mvc.perform(get("/admin/inventory/download/inventory.yaml").with(user(DPO).roles("DPO")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    mvc.perform(
            post("/admin/inventory/draft")
                .param("document", same)
                .with(csrf())
                .with(user(DPO).roles("DPO")))
        .andExpect(status().is3xxRedirection());
    try {
      mvc.perform(get("/admin/inventory/draft").param("lang", "en").with(user(DPO).roles("DPO")))
          .andExpect(content().string(Matchers.containsString("id=\"draft-unchanged\"")))
          .andExpect(content().string(Matchers.not(Matchers.containsString("draft-publish"))));
    } finally {
      discard();
    }
  }

  @Test
  void anAuditorMayNeitherDraftNorPublish() throws Exception {
    mvc.perform(
            post("/admin/inventory/draft")
                .param("document", "x")
                .with(csrf())
                .with(user(DPO).roles("AUDITOR")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/inventory/draft/publish")
                .param("sha256", "x")
                .param("confirmed", "true")
                .with(csrf())
                .with(user(DPO).roles("AUDITOR")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/inventory").with(user(DPO).roles("MARKETING")))
        .andExpect(status().isForbidden());
  }

  private org.springframework.test.web.servlet.ResultActions publish(
      String sha256, boolean confirmed) throws Exception {
    return mvc.perform(
        post("/admin/inventory/draft/publish")
            .param("sha256", sha256)
            .param("confirmed", String.valueOf(confirmed))
            .with(csrf())
            .with(user(DPO).roles("DPO")));
  }

  private void discard() throws Exception {
    mvc.perform(post("/admin/inventory/draft/discard").with(csrf()).with(user(DPO).roles("DPO")));
  }
}
