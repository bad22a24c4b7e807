package no.vern.intake.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The intake's settings: bounds of the CSV import, how long idempotency keys are kept
 * (docs/intake.md) and the sites that embed the public forms (docs/forms.md). Public for the
 * intake's sub-packages; other modules cannot reach it (Modulith keeps sub-packages internal).
 *
 * @param importMaxRows data rows one import takes; the rest of a larger file is refused
 * @param importBatchSize rows stored per transaction
 * @param importWriters threads storing batches, shared by all imports of this instance
 * @param idempotencyRetention how long a key and its answer are kept
 * @param idempotencyPurgeDelay the time between runs of the purge of old keys
 * @param idempotencyLease how long a request may hold a key without progress before it counts as
 *     abandoned (a crashed instance)
 */
@ConfigurationProperties("vern.intake")
public record IntakeSettings(
    @DefaultValue("1000000") int importMaxRows,
    @DefaultValue("2000") int importBatchSize,
    @DefaultValue("2") int importWriters,
    @DefaultValue("24h") Duration idempotencyRetention,
    @DefaultValue("2m") Duration idempotencyLease,
    @DefaultValue("10m") Duration idempotencyPurgeDelay,
    @DefaultValue Forms forms) {

  /**
   * {@code allowedOrigins}: the websites ({@code https://www.example.no}, or a pattern such as
   * {@code https://*.example.no}) that may embed the public forms. Browsers on them may read the
   * forms and post to them (CORS); a post from any other site is refused (docs/forms.md). A lone
   * {@code *} is refused at start: it would switch that protection off for every site on the
   * internet.
   */
  public record Forms(List<String> allowedOrigins) {

    public Forms {
      allowedOrigins =
          allowedOrigins == null
              ? List.of()
              : allowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
      if (allowedOrigins.contains("*")) {
        throw new IllegalArgumentException(
            "vern.intake.forms.allowed-origins must name the sites that embed the forms, not *");
      }
    }
  }
}
