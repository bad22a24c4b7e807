package no.vern.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SealProgressTests {

  @Test
  void aWaiterIsReleasedOnlyByAPassThatBeganAfterItAndEmptiedTheTable() throws Exception {
    var progress = new SealProgress();
    long running = progress.begin(); // began before the waiter's commit: may have missed its rows
    long after = progress.latest();

    progress.emptied(running);
    assertThat(progress.awaitEmptiedAfter(after, Duration.ofMillis(20))).isFalse();

    long next = progress.begin();
    assertThat(progress.awaitEmptiedAfter(after, Duration.ofMillis(20))).isFalse();
    progress.emptied(next);
    assertThat(progress.awaitEmptiedAfter(after, Duration.ofMillis(20))).isTrue();
  }

  @Test
  void aWaiterOnAnotherThreadWakesWhenThePassEnds() throws Exception {
    var progress = new SealProgress();
    long after = progress.latest();
    long pass = progress.begin();
    Thread sealer =
        new Thread(
            () -> {
              try {
                Thread.sleep(50);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              progress.emptied(pass);
            });
    sealer.start();
    long started = System.nanoTime();

    assertThat(progress.awaitEmptiedAfter(after, Duration.ofSeconds(10))).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    sealer.join();
  }
}
