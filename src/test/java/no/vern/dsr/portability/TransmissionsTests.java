package no.vern.dsr.portability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.vern.dsr.DsrAnswerSettings;
import org.junit.jupiter.api.Test;

/** Where Vern will send a person's data: public HTTPS endpoints only. */
class TransmissionsTests {

  private static Transmissions transmissions(boolean allowLocal) {
    var settings =
        new DsrAnswerSettings(
            Duration.ofHours(72),
            Duration.ofMinutes(15),
            "",
            false,
            Duration.ofSeconds(5),
            allowLocal);
    return new Transmissions(null, null, null, settings, null, java.time.Clock.systemUTC());
  }

  @Test
  void anythingButAPublicHttpsAddressIsRefusedBeforeAnythingIsSent() {
    Transmissions strict = transmissions(false);

    assertThat(strict.acceptable("http://203.0.113.10/import")).isNull();
    assertThat(strict.acceptable("https://127.0.0.1/import")).isNull();
    assertThat(strict.acceptable("https://localhost:8443/import")).isNull();
    assertThat(strict.acceptable("https://10.1.2.3/import")).isNull();
    assertThat(strict.acceptable("https://192.168.1.1/import")).isNull();
    assertThat(strict.acceptable("https://169.254.169.254/latest/meta-data")).isNull();
    assertThat(strict.acceptable("https://[::1]/import")).isNull();
    assertThat(strict.acceptable("https://user:secret@203.0.113.10/import")).isNull();
    assertThat(strict.acceptable("ftp://203.0.113.10/import")).isNull();
    assertThat(strict.acceptable("not a url")).isNull();
    assertThat(strict.acceptable("https://203.0.113.10/import")).isNotNull();
  }

  @Test
  void testsMayAllowPlainHttpOnThisMachine() {
    assertThat(transmissions(true).acceptable("http://127.0.0.1:8089/import")).isNotNull();
  }
}
