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
        .andExpect(content().string(Matchers.containsString("id=\"inventory-document\"")))
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
  void aBrokenDocumentShowsEveryProblemAndActivatesNothing() throws Exception {
    int before = inventory.active().orElseThrow().number();
    mvc.perform(
            post("/admin/inventory")
                .param("document", InventoryExamples.brokenFourWays())
                .param("lang", "en")
                .with(csrf())
                .with(user(DPO).roles("DPO")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("id=\"inventory-problems\"")))
        .andExpect(content().string(Matchers.containsString("activities[0].retention")))
        .andExpect(content().string(Matchers.containsString("activities[8].name.en")));
    assertThat(inventory.active().orElseThrow().number()).isEqualTo(before);
  }

  @Test
  void theSameDocumentIsAcceptedWithoutANewVersion() throws Exception {
    int before = inventory.active().orElseThrow().number();
    mvc.perform(
            post("/admin/inventory")
                .param("document", InventoryExamples.DEBT_COLLECTION)
                .with(csrf())
                .with(user(DPO).roles("DPO")))
        .andExpect(status().is3xxRedirection());
    assertThat(inventory.active().orElseThrow().number()).isEqualTo(before);
  }

  @Test
  void anAuditorMayNotReplaceIt() throws Exception {
    mvc.perform(
            post("/admin/inventory")
                .param("document", "x")
                .with(csrf())
                .with(user(DPO).roles("AUDITOR")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/inventory").with(user(DPO).roles("MARKETING")))
        .andExpect(status().isForbidden());
  }
}
