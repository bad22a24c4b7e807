package no.vern.subject.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTests {

  @Test
  void idsAreVersion7WithTheMillisecondsFirstAndDoNotRepeat() {
    TimeOrderedIds ids = new TimeOrderedIds();
    long millis = 1_740_823_200_000L;
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < 5_000; i++) {
      UUID id = ids.next(millis);
      assertThat(id.version()).isEqualTo(7);
      assertThat(id.variant()).isEqualTo(2);
      assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
      assertThat(seen.add(id)).isTrue();
    }
  }

  @Test
  void aLaterMillisecondSortsAfterInPostgresOrder() {
    TimeOrderedIds ids = new TimeOrderedIds();
    UUID earlier = ids.next(1_000L);
    UUID later = ids.next(1_001L);
    // Far past 2^47 ms the top bit is set: a signed comparison would get this wrong.
    UUID farLater = ids.next(1L << 47);

    assertThat(TimeOrderedIds.compare(earlier, later)).isNegative();
    assertThat(TimeOrderedIds.compare(later, farLater)).isNegative();
    assertThat(earlier.compareTo(farLater)).isPositive();
  }
}
