package no.vern.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import no.vern.support.TestSmtpServer;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * A mail that keeps failing is given up after the configured attempts (4 in tests), shows on the
 * admin page by id, kind, attempts and error class only, and goes out once a DPO retries it.
 */
@VernTest
class MailAdminPageIT {

  private static final String DPO = "user:00000000-0000-0000-0000-0000000d9013";

  @Autowired WebApplicationContext context;
  @Autowired Outbox outbox;
  @Autowired MailDispatcher dispatcher;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  @Test
  void aMailGivenUpIsListedWithoutPersonalDataAndARetrySendsItOnce() throws Exception {
    String to = MailFixtures.freshAddress();
    MailId id = givenUp(to);
    MailStatus failed = outbox.status(id).orElseThrow();
    assertThat(failed.state()).isEqualTo(MailState.FAILED);
    assertThat(failed.attempts()).isEqualTo(4);
    dispatcher.dispatchDue(Clock.offset(clock, Duration.ofDays(3)));
    assertThat(TestSmtpServer.receivedBy(to)).isEmpty();
    assertThat(auditEntries(1301, id)).isEqualTo(1);

    String page = page("DPO");
    assertThat(page)
        .contains("Mail is sent through 127.0.0.1:" + TestSmtpServer.port() + " (without STARTTLS)")
        .doesNotContain(to);
    String row = row(page, id);
    assertThat(row).contains("mail.test").contains(">4<").contains("ConnectException");
    assertThat(row).contains("Retry");

    mvc.perform(post("/admin/mail/{id}/retry", id.value()).with(user(DPO).roles("DPO")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/mail/{id}/retry", id.value()).with(user(DPO).roles("DPO")).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/admin/mail?retried"));
    assertThat(outbox.status(id).orElseThrow().state()).isEqualTo(MailState.QUEUED);
    assertThat(auditEntries(1302, id)).isEqualTo(1);
    mvc.perform(
            post("/admin/mail/{id}/retry", id.value()).with(user(DPO).roles("DPO")).with(csrf()))
        .andExpect(redirectedUrl("/admin/mail?notRetried"));

    dispatcher.dispatchDue();
    assertThat(TestSmtpServer.receivedBy(to)).hasSize(1);
    assertThat(outbox.status(id).orElseThrow().state()).isEqualTo(MailState.SENT);
    assertThat(page("ADMIN")).doesNotContain("data-mail-id=\"" + id + "\"");
  }

  @Test
  void otherRolesAreTurnedAway() throws Exception {
    mvc.perform(get("/admin/mail").with(user(DPO).roles("MARKETING")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/admin/mail/{id}/retry", java.util.UUID.randomUUID())
                .with(user(DPO).roles("CASE_HANDLER"))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  /** Queued while the server is away and tried until the outbox gives up. */
  private MailId givenUp(String to) {
    TestSmtpServer.stop();
    try {
      MailId id =
          new TransactionTemplate(transactions)
              .execute(status -> outbox.enqueue(MailFixtures.plain(to)));
      for (int hour = 0; hour < 4; hour++) {
        MailDelivery.dispatchAllDue(context, Clock.offset(clock, Duration.ofHours(hour)));
      }
      return id;
    } finally {
      TestSmtpServer.start();
    }
  }

  private String page(String role) throws Exception {
    return mvc.perform(get("/admin/mail").param("lang", "en").with(user(DPO).roles(role)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static String row(String page, MailId id) {
    int at = page.indexOf("data-mail-id=\"" + id + "\"");
    assertThat(at).as("row of the mail").isNotNegative();
    return page.substring(at, page.indexOf("</tr>", at));
  }

  private long auditEntries(int code, MailId id) throws InterruptedException {
    return AuditEntries.about(jdbc, code, id);
  }
}
