package no.vern.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ChainHasherTests {

  private final ChainHasher hasher = new ChainHasher();

  @Test
  void sameEntryAndPredecessorGiveTheSameHash() {
    ChainEntry entry = ChainFixtures.unsealed(7, "record-7");
    byte[] first = entry.sealedBy(hasher, ChainHasher.genesis()).hash();
    byte[] again = entry.sealedBy(new ChainHasher(), ChainHasher.genesis()).hash();
    assertThat(first).hasSize(32).isEqualTo(again);
  }

  @Test
  void hashIsPinnedSoTheCanonicalFormCannotDriftUnnoticed() {
    // Changing the canonical form would make every stored entry fail verification.
    byte[] hash =
        ChainFixtures.unsealed(1, "record-1").sealedBy(hasher, ChainHasher.genesis()).hash();
    assertThat(HexFormat.of().formatHex(hash)).isEqualTo(PINNED);
  }

  @Test
  void everyFieldAndThePredecessorChangeTheHash() {
    ChainEntry entry = ChainFixtures.unsealed(1, "record-1");
    byte[] base = entry.sealedBy(hasher, ChainHasher.genesis()).hash();
    byte[] otherPrev = new byte[32];
    otherPrev[31] = 1;
    assertThat(entry.sealedBy(hasher, otherPrev).hash()).isNotEqualTo(base);
    assertThat(
            ChainFixtures.withResourceId(entry, "record-2")
                .sealedBy(hasher, ChainHasher.genesis())
                .hash())
        .isNotEqualTo(base);
  }

  @Test
  void fieldBoundariesCannotBeShifted() {
    // "ab" + "c" and "a" + "bc" must not hash alike: fields are length-prefixed.
    ChainEntry a = new ChainEntry(1, 0, "ab", "c", 1, "", "", "", "", null, null);
    ChainEntry b = new ChainEntry(1, 0, "a", "bc", 1, "", "", "", "", null, null);
    assertThat(a.sealedBy(hasher, ChainHasher.genesis()).hash())
        .isNotEqualTo(b.sealedBy(hasher, ChainHasher.genesis()).hash());
  }

  @Test
  void longFieldsGrowTheBuffer() {
    String big = "x".repeat(10_000);
    ChainEntry entry = new ChainEntry(1, 0, big, big, 1, big, big, big, big, null, null);
    assertThat(entry.sealedBy(hasher, ChainHasher.genesis()).hash()).hasSize(32);
  }

  @Test
  void anEntryWithoutTheOptionalFieldsKeepsTheFirstFormSoOldEntriesStillVerify() {
    ChainEntry old = ChainFixtures.unsealed(1, "record-1");
    ChainEntry none = ChainFixtures.withOptional(old, null, null);
    assertThat(HexFormat.of().formatHex(none.sealedBy(hasher, ChainHasher.genesis()).hash()))
        .isEqualTo(PINNED);
  }

  @Test
  void aReportedActorIsHashedInTheSecondFormPinnedLikeTheFirst() {
    ChainEntry reported =
        ChainFixtures.withOptional(ChainFixtures.unsealed(1, "record-1"), "crm-user:4711", null);
    assertThat(HexFormat.of().formatHex(reported.sealedBy(hasher, ChainHasher.genesis()).hash()))
        .isEqualTo(PINNED_WITH_REPORTED_ACTOR);
  }

  @Test
  void theOptionalFieldsChangeTheHashAndAnEmptyOneIsNotAnAbsentOne() {
    ChainEntry base = ChainFixtures.unsealed(1, "record-1");
    var hashes =
        java.util.stream.Stream.of(
                base,
                ChainFixtures.withOptional(base, "", null),
                ChainFixtures.withOptional(base, null, ""),
                ChainFixtures.withOptional(base, "crm-user:4711", null),
                ChainFixtures.withOptional(base, null, "crm-user:4711"),
                ChainFixtures.withOptional(base, "crm-user:4711", "REVOKED"))
            .map(e -> HexFormat.of().formatHex(e.sealedBy(hasher, ChainHasher.genesis()).hash()))
            .toList();
    assertThat(hashes).doesNotHaveDuplicates();
  }

  // Computed independently (Python hashlib) from the form documented on ChainHasher.
  private static final String PINNED =
      "fbe477877542b72648f1de4a722d9c87bcb6533e4cc62f8e76c19b92fac6007a";
  private static final String PINNED_WITH_REPORTED_ACTOR =
      "7d71015b670be85c62a2f673414c65264a12e87fa04e94cc2fbf5831e4cbd6c9";
}
