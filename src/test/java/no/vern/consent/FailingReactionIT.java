package no.vern.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import no.vern.VernApplication;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import no.vern.support.FailingReaction;
import no.vern.support.Http;
import no.vern.support.Reactions;
import no.vern.support.TestDatabaseInitializer;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A withdrawal always stands (Art. 7(3)): a reaction to it that fails is left in the event
 * publication registry, the other reactions still run, and a restarted Vern does it.
 */
@VernTest
class FailingReactionIT {

  private static final Logger log = LoggerFactory.getLogger(FailingReactionIT.class);

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ConsentDecisions decisions;
  @Autowired SubjectRegistry registry;

  @Test
  void aFailingReactionLeavesTheWithdrawalStandingAndARestartedVernDoesIt() throws Exception {
    ConsentApi api = new ConsentApi(new Http(port));
    String email = ConsentApi.email();
    SubjectId subject =
        new SubjectId(
            UUID.fromString(api.record(email, "newsletter", "give").get("subject").asString()));
    FailingReaction.failOnceFor(subject);

    api.record(email, "newsletter", "withdraw");
    Reactions.settle();

    assertThat(decisions.decide(subject, "newsletter").reason())
        .isEqualTo(Decision.Reason.WITHDRAWN);
    assertThat(registry.find(new Identifier(IdentifierType.EMAIL, email)))
        .as("the newsletter's own reaction erased the address all the same")
        .isEmpty();
    assertThat(status(subject)).as("the failed reaction, kept to be done").hasValue("FAILED");

    long started = System.nanoTime();
    try (ConfigurableApplicationContext restarted = restart()) {
      awaitGone(subject);
      log.info(
          "A second Vern started and did the failed reaction in {} ms",
          Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
    assertThat(status(subject)).as("done, so no longer kept").isEmpty();
    assertThat(decisions.decide(subject, "newsletter").reason())
        .isEqualTo(Decision.Reason.WITHDRAWN);
  }

  /** Another Vern on the same database, as after a crash: it resubmits what was left undone. */
  private static ConfigurableApplicationContext restart() {
    return new SpringApplicationBuilder(VernApplication.class, FailingReaction.class)
        .profiles("test")
        .initializers(new TestDatabaseInitializer())
        // A small pool: the test server's connections are shared with the cached contexts.
        .properties("server.port=0", "vern.db.pool-size=4")
        .run();
  }

  private void awaitGone(SubjectId subject) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (status(subject).isPresent() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }

  private Optional<String> status(SubjectId subject) {
    return jdbc.sql(
            "SELECT coalesce(status, '') FROM event_publication"
                + " WHERE listener_id = ? AND serialized_event LIKE ?")
        .params(FailingReaction.LISTENER, "%" + subject.value() + "%")
        .query(String.class)
        .optional();
  }
}
