package no.vern.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import no.vern.shared.VernSettings;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class TimesTests {

  @Test
  void timesAreShownInTheInstallationsZoneWithTheZoneLabelled() {
    Times oslo = times("Europe/Oslo");
    Instant winter = Instant.parse("2026-01-15T13:05:00Z");
    Instant summer = Instant.parse("2026-07-15T12:05:30Z");

    assertThat(oslo.at(winter)).isEqualTo("2026-01-15 14:05 CET");
    assertThat(oslo.exact(summer)).isEqualTo("2026-07-15 14:05:30 CEST");
    assertThat(oslo.at(OffsetDateTime.ofInstant(winter, ZoneOffset.UTC)))
        .isEqualTo("2026-01-15 14:05 CET");
    assertThat(oslo.at(LocalDateTime.of(2026, 1, 15, 13, 5))).isEqualTo("2026-01-15 14:05 CET");
    assertThat(oslo.day(Instant.parse("2026-01-15T23:30:00Z"))).isEqualTo("2026-01-16");
    assertThat(oslo.at(null)).isEmpty();
  }

  @Test
  void anotherZoneIsHonoured() {
    assertThat(times("UTC").at(Instant.parse("2026-01-15T13:05:00Z")))
        .isEqualTo("2026-01-15 13:05 UTC");
  }

  private static Times times(String zone) {
    return new Times(
        new VernSettings(
            "http://localhost:8080",
            new VernSettings.Keys(Path.of("./data/keys")),
            new VernSettings.Http(DataSize.ofMegabytes(1)),
            new VernSettings.PublicZone(120),
            null,
            ZoneId.of(zone)));
  }
}
