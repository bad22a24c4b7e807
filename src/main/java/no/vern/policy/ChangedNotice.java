package no.vern.policy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whether to show "our privacy notice changed": for the configured number of days after a version
 * that replaced an earlier one. The first version is not a change.
 */
@Component
class ChangedNotice {

  private final PrivacyNotices notices;
  private final PolicySettings settings;
  private final Clock clock;

  ChangedNotice(PrivacyNotices notices, PolicySettings settings, Clock clock) {
    this.notices = notices;
    this.settings = settings;
    this.clock = clock;
  }

  Optional<Status> status() {
    return notices.latest().map(this::status);
  }

  Status status(PublishedNotice latest) {
    Instant until = latest.publishedAt().plus(Duration.ofDays(settings.changedNoticeDays()));
    boolean recent = latest.version() > 1 && clock.instant().isBefore(until);
    return new Status(
        latest.version(), latest.publishedAt(), recent, latest.version() > 1 ? until : null);
  }

  /** What the banner and the portal need; {@code changedUntil} is null for the first version. */
  record Status(int version, Instant publishedAt, boolean changedRecently, Instant changedUntil) {}
}
