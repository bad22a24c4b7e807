package no.vern.dsr.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.vern.dsr.AnswerKind;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.SubjectRegistry;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@VernTest
class DownloadLinksIT {

  @Autowired DownloadLinks links;
  @Autowired SubjectRegistry registry;
  @Autowired Clock clock;

  @Test
  void aLinkWorksUntilItExpiresAndItsRowGoesThirtyDaysLater() {
    UUID subject =
        registry
            .resolve(
                List.of(
                    new Identifier(
                        IdentifierType.EMAIL, "person." + UUID.randomUUID() + "@example.invalid")))
            .value();
    Instant now = clock.instant();
    String old = "old-" + UUID.randomUUID();
    String recent = "recent-" + UUID.randomUUID();
    links.insert(
        old,
        subject,
        AnswerKind.ACCESS,
        "nb",
        null,
        now.minus(Duration.ofDays(34)),
        now.minus(Duration.ofDays(31)));
    links.insert(
        recent,
        subject,
        AnswerKind.ACCESS,
        "nb",
        null,
        now.minus(Duration.ofDays(32)),
        now.minus(Duration.ofDays(29)));
    String live = "live-" + UUID.randomUUID();
    links.insert(live, subject, AnswerKind.PORTABILITY, "en", null, now, now.plusSeconds(60));

    assertThat(links.usable(recent, now)).isEmpty();
    assertThat(links.usable(live, now)).contains(AnswerKind.PORTABILITY);
    assertThat(links.usable(live, now.plusSeconds(60))).isEmpty();
    assertThat(links.use(live, now.plusSeconds(61))).isEmpty();

    links.purge(now.minus(DownloadLinks.KEPT_AFTER_EXPIRY));

    // The old row is gone, the recent one kept (and still refused), the live one still works once.
    assertThat(links.use(old, now.minus(Duration.ofDays(33)))).isEmpty();
    assertThat(links.use(recent, now.minus(Duration.ofDays(30)))).isPresent();
    assertThat(links.use(live, now)).isPresent();
    assertThat(links.use(live, now)).isEmpty();
  }
}
