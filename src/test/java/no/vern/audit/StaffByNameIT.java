package no.vern.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 16: the trail names the users and tokens that acted, where before it showed their ids, and
 * shows its times in the installation's zone with the zone written beside them.
 */
@VernTest
class StaffByNameIT {

  private static final String AUDITOR = "user:00000000-0000-0000-0000-00000000a0d2";

  @Autowired WebApplicationContext context;
  @Autowired AuditWriter writer;
  @Autowired JdbcClient jdbc;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  @Test
  void theAuditPageShowsATokensAndAUsersNameNotTheirIds() throws Exception {
    UUID token = UUID.randomUUID();
    String tokenName = "crm sync " + token.toString().substring(0, 8);
    jdbc.sql(
            "INSERT INTO access_api_token (id, name, token_hash, prefix, roles, expires_at,"
                + " created_at, created_by, scope_all) VALUES (?, ?, ?, 'vern_test', '{INTEGRATOR}',"
                + " now() + interval '1 day', now(), 'system:test', true)")
        .params(token, tokenName, UUID.randomUUID().toString().getBytes())
        .update();
    UUID user = UUID.randomUUID();
    String username = "dpo-" + user.toString().substring(0, 8) + "@example.invalid";
    jdbc.sql(
            "INSERT INTO access_user (id, username, password_hash, roles, enabled,"
                + " must_change_password, created_at, scope_all)"
                + " VALUES (?, ?, 'unusable', '{DPO}', true, false, now(), true)")
        .params(user, username)
        .update();
    String resource = "c-" + UUID.randomUUID();
    append(AuditRecord.ActorType.API_TOKEN, token.toString(), resource);
    append(AuditRecord.ActorType.USER, user.toString(), resource);
    append(AuditRecord.ActorType.SYSTEM, "retention-sweep", resource);

    String page =
        mvc.perform(
                get("/admin/audit")
                    .param("resourceId", resource)
                    .param("lang", "en")
                    .with(user(AUDITOR).roles("AUDITOR")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).contains(tokenName).contains(username);
    assertThat(page).doesNotContain(token.toString() + "</code>");
    assertThat(page).doesNotContain(user.toString() + "</code>");
    // Vern itself has no name: its part is the label.
    assertThat(page).contains("retention-sweep");
    // One time zone, labelled (Europe/Oslo by default): never a bare UTC time.
    assertThat(page)
        .containsPattern("class=\"at\">\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} CES?T<");
  }

  private void append(AuditRecord.ActorType type, String id, String resource) {
    AuditWriter.await(
        writer.append(
            new AuditRecord(
                type,
                id,
                TrailAuditAction.EXTERNAL_EVENT,
                "crm.contact",
                resource,
                AuditRecord.Outcome.SUCCESS)));
  }
}
