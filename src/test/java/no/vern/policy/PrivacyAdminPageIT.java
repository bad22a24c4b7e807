package no.vern.policy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Period;
import no.vern.inventory.Inventory;
import no.vern.inventory.InventoryVersion;
import no.vern.support.VernTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The DPO sees each version and the consent purposes that changed materially, with why. */
@VernTest
class PrivacyAdminPageIT {

  private static final String DPO = "user:00000000-0000-0000-0000-0000000000d9";

  @Autowired WebApplicationContext context;
  @Autowired PrivacyNotices notices;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  @Test
  void theDpoSeesWhichConsentPurposesChangedAndWhy() throws Exception {
    Inventory example = PolicyExamples.debtCollectionGroup();
    notices.publish(version(example));
    PublishedNotice changed =
        notices.publish(
            version(PolicyExamples.withRetention(example, "newsletter", Period.ofDays(30))));

    mvc.perform(get("/admin/policy").param("lang", "en").with(user(DPO).roles("DPO")))
        .andExpect(status().isOk())
        .andExpect(
            content().string(Matchers.containsString("id=\"version-" + changed.version() + "\"")))
        .andExpect(content().string(Matchers.containsString("<code>newsletter</code>")))
        .andExpect(content().string(Matchers.containsString("retention")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
    mvc.perform(get("/admin/policy")).andExpect(status().is3xxRedirection());
  }

  private InventoryVersion version(Inventory inventory) {
    int number =
        jdbc.sql("SELECT coalesce(max(inventory_version), 0) + 1 FROM privacy_notice")
            .query(Integer.class)
            .single();
    return new InventoryVersion(number, inventory, "0".repeat(64), clock.instant(), "test");
  }
}
