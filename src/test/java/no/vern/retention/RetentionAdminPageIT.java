package no.vern.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.vern.support.VernTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The retention page: its button, a hold placed and lifted, a certificate to download. */
@VernTest
class RetentionAdminPageIT {

  private static final String ADMIN = "user:00000000-0000-0000-0000-00000000a0e1";

  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  @Test
  void anAuditorSeesThePageInNorwegianWithoutTheSweepButton() throws Exception {
    mvc.perform(get("/admin/retention").param("lang", "nb").with(user(ADMIN).roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Venter på hendelse")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("retention-sweep-now"))))
        .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
  }

  @Test
  void anAdministratorSweepsPlacesAndLiftsAHoldAndDownloadsTheCertificate() throws Exception {
    mvc.perform(post("/admin/retention/sweeps").with(csrf()).with(user(ADMIN).roles("ADMIN")))
        .andExpect(redirectedUrlPattern("/admin/retention?swept=*"));
    String run =
        jdbc.sql(
                "SELECT id::text FROM retention_sweep WHERE actor = ? ORDER BY finished_at DESC LIMIT 1")
            .param(ADMIN)
            .query(String.class)
            .single();
    mvc.perform(
            get("/admin/retention/sweeps/" + run + "/certificate.json")
                .with(user(ADMIN).roles("AUDITOR")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
        .andExpect(content().string(Matchers.containsString("\"signature\"")));

    String activity = "website-analytics";
    mvc.perform(
            post("/admin/retention/holds")
                .param("target", "activity")
                .param("value", activity)
                .param("reason", "Audit by the supervisory authority")
                .param("reviewAt", "2099-01-01")
                .with(csrf())
                .with(user(ADMIN).roles("DPO")))
        .andExpect(redirectedUrlPattern("/admin/retention?held*"));
    String hold =
        jdbc.sql("SELECT id::text FROM retention_hold WHERE activity = ? AND lifted_at IS NULL")
            .param(activity)
            .query(String.class)
            .single();
    mvc.perform(get("/admin/retention").with(user(ADMIN).roles("ADMIN")))
        .andExpect(content().string(Matchers.containsString("data-hold-id=\"" + hold + "\"")))
        .andExpect(content().string(Matchers.containsString("retention-sweep-now")));
    mvc.perform(
            post("/admin/retention/holds/" + hold + "/lift")
                .param("reason", "Audit closed")
                .with(csrf())
                .with(user(ADMIN).roles("ADMIN")))
        .andExpect(redirectedUrlPattern("/admin/retention?lifted*"));
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM retention_hold WHERE id = ?::uuid AND lifted_at IS NOT NULL")
                .param(hold)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
