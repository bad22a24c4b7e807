package no.vern.dsr.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookTests {

  @Test
  void theSignatureIsTheStandardHmacSha256InHexSoAnyReceiverCanCheckIt() throws Exception {
    DsrSettings settings =
        new DsrSettings(
            Duration.ofMinutes(30),
            5,
            Duration.ofDays(14),
            3,
            Duration.ofMinutes(10),
            Duration.ofMinutes(1),
            "",
            "",
            "https://cases.example.invalid/hook",
            "key",
            Duration.ofMinutes(1));
    Webhook webhook = new Webhook(settings, null, null, java.time.Clock.systemUTC(), null);
    assertThat(webhook.sign("The quick brown fox jumps over the lazy dog"))
        .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
  }
}
