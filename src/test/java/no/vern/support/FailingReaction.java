package no.vern.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.vern.consent.ConsentWithdrawn;
import no.vern.subject.SubjectId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A reaction to withdrawals that fails once for the subjects a test names, and does nothing
 * otherwise: a stand-in for an erasure whose database is away. Every {@link VernTest} context holds
 * it; the subjects are static, so a second context in the same JVM (a restart) finds the failure
 * used up and succeeds.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FailingReaction {

  /** What {@code event_publication.listener_id} holds for it. */
  public static final String LISTENER =
      "no.vern.support.FailingReaction$Listener.on(no.vern.consent.ConsentWithdrawn)";

  private static final Set<SubjectId> FAIL_ONCE = ConcurrentHashMap.newKeySet();

  public static void failOnceFor(SubjectId subject) {
    FAIL_ONCE.add(subject);
  }

  @Bean
  Listener failingReactionListener() {
    return new Listener();
  }

  public static class Listener {
    @ApplicationModuleListener
    void on(ConsentWithdrawn withdrawn) {
      if (FAIL_ONCE.remove(withdrawn.subject())) {
        throw new IllegalStateException("A reaction that fails once, for the test");
      }
    }
  }
}
