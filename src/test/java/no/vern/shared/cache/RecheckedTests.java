package no.vern.shared.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecheckedTests {

  @Test
  void aValueIsReadOnceWithinItsIntervalAndAgainAtOnceAfterAnInvalidation() {
    AtomicInteger reads = new AtomicInteger();
    Rechecked<Integer> value = new Rechecked<>(Duration.ofHours(1), reads::incrementAndGet);

    assertThat(value.known()).isNull();
    assertThat(value.get()).isEqualTo(1);
    assertThat(value.get()).isEqualTo(1);
    value.invalidate();
    assertThat(value.get()).as("an activation here is seen by the next call").isEqualTo(2);
    assertThat(reads).hasValue(2);
  }

  @Test
  void aValueOlderThanItsIntervalIsReadAgain() throws InterruptedException {
    AtomicInteger reads = new AtomicInteger();
    Rechecked<Integer> value = new Rechecked<>(Duration.ofMillis(1), reads::incrementAndGet);
    value.get();
    Thread.sleep(5);
    assertThat(value.get()).as("another instance's change is seen after the interval").isEqualTo(2);
  }
}
