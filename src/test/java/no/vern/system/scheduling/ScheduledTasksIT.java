package no.vern.system.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every module's timed work is in the one scheduler's table, on the tasks page with its state, and
 * an administrator's "run now" makes it run within seconds, on the record.
 */
@VernTest
class ScheduledTasksIT {

  static final List<String> EXPECTED =
      List.of(
          "access.review-reminder",
          "access.throttle-purge",
          "access.token-use-purge",
          "audit.purge",
          "consent.sweep",
          "dsr.download-purge",
          "intake.idempotency-purge",
          "mail.dispatch",
          "mail.retention",
          "newsletter.confirmation-sweep",
          "newsletter.renewal-asking",
          "subject.reencrypt",
          "system.stale-events");

  private static final String ADMIN = "user:00000000-0000-0000-0000-00000000a5c1";

  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired MeterRegistry meters;
  MockMvc mvc;

  @BeforeEach
  void mvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  @Test
  void everyModulesTaskHasOnePendingRunInTheSchedulersTable() throws Exception {
    List<String> names = List.of();
    for (int i = 0; i < 100 && !names.containsAll(EXPECTED); i++) {
      Thread.sleep(100); // the scheduler creates the rows as the context becomes ready
      names =
          jdbc.sql("SELECT task_name FROM scheduled_tasks WHERE task_instance = 'recurring'")
              .query(String.class)
              .list();
    }
    assertThat(names).containsAll(EXPECTED).doesNotHaveDuplicates();
  }

  @Test
  void theTasksPageListsEveryTaskWithWhatItDoes() throws Exception {
    String page = page("ADMIN");
    assertThat(page).contains("Scheduled tasks");
    for (String name : EXPECTED) {
      assertThat(page).contains("data-task=\"" + name + "\"");
    }
    assertThat(row(page, "mail.dispatch")).contains("Sends the mail that is due from the outbox.");
    assertThat(page("DPO")).contains("data-task=\"audit.purge\"");
    mvc.perform(get("/admin/tasks").with(user(ADMIN).roles("MARKETING")))
        .andExpect(status().isForbidden());
  }

  @Test
  void runNowRunsTheTaskWithinSecondsAndIsAudited() throws Exception {
    String task = "intake.idempotency-purge";
    Optional<Timestamp> before = lastSuccess(task);
    long audited = runRequests(task);

    mvc.perform(post("/admin/tasks/{name}/run", task).with(user(ADMIN).roles("ADMIN")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/admin/tasks/{name}/run", task).with(user(ADMIN).roles("ADMIN")).with(csrf()))
        .andExpect(redirectedUrl("/admin/tasks?started"));

    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (lastSuccess(task).equals(before) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(lastSuccess(task)).isPresent().isNotEqualTo(before);
    assertThat(runRequests(task)).isEqualTo(audited + 1);
    assertThat(row(page("ADMIN"), task)).contains("<td class=\"last-success\">20");

    mvc.perform(
            post("/admin/tasks/{name}/run", "intake.no-such-task")
                .with(user(ADMIN).roles("ADMIN"))
                .with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  void failuresInARowShowOnThePageAndInTheGauge() throws Exception {
    // mail.retention runs at 03:41 UTC only; its stored count stands in for three failed runs.
    String task = "mail.retention";
    everyModulesTaskHasOnePendingRunInTheSchedulersTable();
    setFailures(task, 3);
    try {
      assertThat(row(page("ADMIN"), task)).contains("<td class=\"failures\">3</td>");
      assertThat(meters.get("vern.tasks.failures").tag("task", task).gauge().value())
          .isEqualTo(3.0);
    } finally {
      setFailures(task, 0);
    }
    assertThat(meters.get("vern.tasks.failures").tag("task", task).gauge().value()).isZero();
  }

  private void setFailures(String task, int failures) {
    jdbc.sql("UPDATE scheduled_tasks SET consecutive_failures = ? WHERE task_name = ?")
        .params(failures, task)
        .update();
  }

  private Optional<Timestamp> lastSuccess(String task) {
    return jdbc.sql("SELECT last_success FROM scheduled_tasks WHERE task_name = ?")
        .param(task)
        .query(Timestamp.class)
        .optional();
  }

  private long runRequests(String task) {
    return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action_code = 1400 AND resource_id = ?")
        .param(task)
        .query(Long.class)
        .single();
  }

  private String page(String role) throws Exception {
    return mvc.perform(get("/admin/tasks").param("lang", "en").with(user(ADMIN).roles(role)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static String row(String page, String task) {
    int at = page.indexOf("data-task=\"" + task + "\"");
    assertThat(at).as("row of " + task).isNotNegative();
    return page.substring(at, page.indexOf("</tr>", at));
  }
}
