package no.vern.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PageRangesTests {

  @Test
  void everyRangeIsTakenExactlyOnceByTwoWorkers() {
    List<Long> taken = new CopyOnWriteArrayList<>();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    PageRanges.forEach(
        1_000,
        7,
        2,
        page -> {
          taken.add(page);
          threads.add(Thread.currentThread().getName());
        });
    assertThat(taken)
        .containsExactlyInAnyOrderElementsOf(
            LongStream.iterate(0, p -> p < 1_000, p -> p + 7).boxed().toList());
    assertThat(threads).allMatch(name -> name.startsWith("retention-sweep-"));
  }

  @Test
  void oneWorkerTakesTheRangesInOrderOnTheCallersThread() {
    List<Long> taken = new CopyOnWriteArrayList<>();
    String caller = Thread.currentThread().getName();
    PageRanges.forEach(
        20,
        5,
        1,
        page -> {
          assertThat(Thread.currentThread().getName()).isEqualTo(caller);
          taken.add(page);
        });
    assertThat(taken).containsExactly(0L, 5L, 10L, 15L);
  }

  @Test
  void theFirstFailureStopsTheHandingOutAndIsRethrown() {
    List<Long> taken = new CopyOnWriteArrayList<>();
    assertThatThrownBy(
            () ->
                PageRanges.forEach(
                    10_000,
                    1,
                    2,
                    page -> {
                      taken.add(page);
                      pause();
                      if (page == 3) {
                        throw new IllegalArgumentException("range 3 failed");
                      }
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("range 3 failed");
    // The other worker ends the range it has begun and takes no more: far from all 10,000.
    assertThat(taken).hasSizeLessThan(10_000).contains(3L);
  }

  private static void pause() {
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
