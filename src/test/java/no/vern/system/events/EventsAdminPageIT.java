package no.vern.system.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import no.vern.subject.SubjectId;
import no.vern.support.FailingReaction;
import no.vern.support.Http;
import no.vern.support.Reactions;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reaction that failed shows on /admin/events by event and listener only, counts in {@code
 * vern.events.incomplete}, and runs again from the page's button, which is audited.
 */
@VernTest
class EventsAdminPageIT {

  private static final String DPO = "user:00000000-0000-0000-0000-0000000e7e01";

  @LocalServerPort int port;
  @Autowired WebApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired MeterRegistry meters;

  @Test
  void aFailedReactionIsListedCountedAndRunAgainFromThePage() throws Exception {
    Http http = new Http(port);
    SubjectId subject = withdrawnWithAFailingReaction(http);
    UUID publication = publicationOf(subject);
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

    assertThat(meters.get("vern.events.incomplete").gauge().value()).isGreaterThanOrEqualTo(1);
    HttpResponse<String> metrics = http.send(http.api("/actuator/prometheus").GET());
    assertThat(metrics.body()).containsPattern("(?m)^vern_events_incomplete(\\{[^}]*\\})? [1-9]");

    String page =
        mvc.perform(get("/admin/events?lang=en").with(user(DPO).roles("DPO")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String row = row(page, publication);
    assertThat(row).contains("ConsentWithdrawn").contains("FailingReaction$Listener.on");
    assertThat(row).contains("Failed").contains(">1<");
    assertThat(page).contains("Run again").doesNotContain(subject.value().toString());

    mvc.perform(post("/admin/events/resubmit").with(user(DPO).roles("DPO")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/admin/events/resubmit").with(user(DPO).roles("DPO")).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/admin/events?resubmitted=*"));
    Reactions.settle();

    assertThat(count("SELECT count(*) FROM event_publication WHERE id = ?", publication)).isZero();
    assertThat(
            count(
                "SELECT count(*) FROM audit_entry WHERE action_code = 1410 AND resource_id = ?",
                publication.toString()))
        .isEqualTo(1);
    String after =
        mvc.perform(get("/admin/events?lang=en").with(user(DPO).roles("DPO")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(after).doesNotContain(publication.toString());
  }

  private static SubjectId withdrawnWithAFailingReaction(Http http) throws Exception {
    String email = "person." + UUID.randomUUID() + "@example.invalid";
    String given = http.postJson(http.api("/api/v1/consents"), body(email, "give")).body();
    SubjectId subject =
        new SubjectId(
            UUID.fromString(
                JsonMapper.builder().build().readTree(given).get("subject").asString()));
    FailingReaction.failOnceFor(subject);
    assertThat(http.postJson(http.api("/api/v1/consents"), body(email, "withdraw")).statusCode())
        .isEqualTo(201);
    Reactions.settle();
    return subject;
  }

  private static String body(String email, String action) {
    return "{\"identifiers\":[{\"type\":\"email\",\"value\":\""
        + email
        + "\"}],\"purpose\":\"statistics-cookies\",\"action\":\""
        + action
        + "\"}";
  }

  private UUID publicationOf(SubjectId subject) {
    return jdbc.sql(
            "SELECT id FROM event_publication WHERE listener_id = ? AND serialized_event LIKE ?")
        .params(FailingReaction.LISTENER, "%" + subject.value() + "%")
        .query(UUID.class)
        .single();
  }

  private long count(String sql, Object param) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    long n = jdbc.sql(sql).param(param).query(Long.class).single();
    // The audit entry is durable before the answer; the publication goes once its listener is done.
    while (n > 0 && sql.contains("event_publication") && System.nanoTime() < deadline) {
      Thread.sleep(50);
      n = jdbc.sql(sql).param(param).query(Long.class).single();
    }
    return n;
  }

  private static String row(String page, UUID publication) {
    int at = page.indexOf("data-publication-id=\"" + publication + "\"");
    assertThat(at).as("a row for the publication").isPositive();
    return page.substring(at, page.indexOf("</tr>", at));
  }
}
