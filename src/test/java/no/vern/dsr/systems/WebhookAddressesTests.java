package no.vern.dsr.systems;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookAddressesTests {

  @Test
  void aWebhookOnLoopbackOrAPrivateNetworkIsRefusedUnlessTheSettingAllowsIt() {
    assertThat(WebhookAddresses.refusal("https://127.0.0.1:8443/tasks", false))
        .contains("refused: private or loopback address");
    assertThat(WebhookAddresses.refusal("https://10.1.2.3/tasks", false))
        .contains("refused: private or loopback address");
    assertThat(WebhookAddresses.refusal("https://[fd00::1]/tasks", false))
        .contains("refused: private or loopback address");
    assertThat(WebhookAddresses.refusal("http://127.0.0.1:8080/tasks", true)).isEmpty();
  }

  @Test
  void plainHttpAndAddressesWithUserInfoAreRefused() {
    assertThat(WebhookAddresses.refusal("http://203.0.113.7/tasks", false))
        .contains("refused: not https");
    assertThat(WebhookAddresses.refusal("https://user:pw@203.0.113.7/tasks", false))
        .contains("not a web address");
    assertThat(WebhookAddresses.refusal("https://203.0.113.7/tasks", false)).isEmpty();
  }

  @Test
  void theWaitBetweenAttemptsDoublesUpToTheLimit() {
    DsrTaskSettings settings =
        new DsrTaskSettings(
            Map.of(),
            "",
            false,
            Duration.ofSeconds(15),
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofSeconds(10),
            Duration.ofMinutes(5),
            30);
    assertThat(settings.backoff(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(settings.backoff(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(settings.backoff(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(settings.backoff(4)).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.backoff(20)).isEqualTo(Duration.ofMinutes(5));
  }
}
