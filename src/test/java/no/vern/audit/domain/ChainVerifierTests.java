package no.vern.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import no.vern.audit.domain.ChainVerifier.Break;
import no.vern.audit.domain.ChainVerifier.Reason;
import org.junit.jupiter.api.Test;

class ChainVerifierTests {

  @Test
  void anUntouchedChainVerifies() {
    ChainVerifier walk =
        walk(ChainVerifier.fromGenesis(), ChainFixtures.chain(1, ChainHasher.genesis(), 100));
    assertThat(walk.firstBreak()).isEmpty();
    assertThat(walk.checked()).isEqualTo(100);
  }

  @Test
  void aChangedFieldIsFoundAtItsEntry() {
    List<ChainEntry> chain = new ArrayList<>(ChainFixtures.chain(1, ChainHasher.genesis(), 10));
    chain.set(4, ChainFixtures.withResourceId(chain.get(4), "someone-else"));
    assertThat(walk(ChainVerifier.fromGenesis(), chain).firstBreak())
        .contains(new Break(5, Reason.HASH_MISMATCH));
  }

  @Test
  void aRemovedEntryIsAGapAtTheMissingId() {
    List<ChainEntry> chain = new ArrayList<>(ChainFixtures.chain(1, ChainHasher.genesis(), 10));
    chain.remove(6);
    assertThat(walk(ChainVerifier.fromGenesis(), chain).firstBreak())
        .contains(new Break(7, Reason.GAP));
  }

  @Test
  void aMissingHeadWithoutACheckpointIsAGap() {
    List<ChainEntry> chain = ChainFixtures.chain(1, ChainHasher.genesis(), 10);
    assertThat(walk(ChainVerifier.fromGenesis(), chain.subList(3, 10)).firstBreak())
        .contains(new Break(1, Reason.GAP));
  }

  @Test
  void aRehashedButUnlinkedEntryBreaksTheNextLink() {
    List<ChainEntry> chain = new ArrayList<>(ChainFixtures.chain(1, ChainHasher.genesis(), 10));
    ChainEntry forged =
        ChainFixtures.withResourceId(chain.get(2), "forged")
            .sealedBy(new ChainHasher(), chain.get(1).hash());
    chain.set(2, forged);
    assertThat(walk(ChainVerifier.fromGenesis(), chain).firstBreak())
        .contains(new Break(4, Reason.PREV_HASH_MISMATCH));
  }

  @Test
  void afterAPurgeTheRestChainsToASignedCheckpoint() throws Exception {
    KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    List<ChainEntry> chain = ChainFixtures.chain(1, ChainHasher.genesis(), 20);
    Checkpoint checkpoint = signed(chain.get(9), keys);
    ChainVerifier walk =
        walk(ChainVerifier.fromCheckpoint(checkpoint, keys.getPublic()), chain.subList(10, 20));
    assertThat(walk.firstBreak()).isEmpty();
    assertThat(walk.checked()).isEqualTo(10);
  }

  @Test
  void aForgedCheckpointSignatureIsNamed() throws Exception {
    KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    List<ChainEntry> chain = ChainFixtures.chain(1, ChainHasher.genesis(), 20);
    Checkpoint forged = signed(chain.get(9), other);
    assertThat(
            walk(ChainVerifier.fromCheckpoint(forged, keys.getPublic()), chain.subList(10, 20))
                .firstBreak())
        .contains(new Break(11, Reason.BAD_CHECKPOINT_SIGNATURE));
    assertThat(ChainVerifier.fromCheckpoint(signed(chain.get(9), keys), null).firstBreak())
        .contains(new Break(11, Reason.BAD_CHECKPOINT_SIGNATURE));
  }

  @Test
  void aCheckpointThatDoesNotMatchTheRemainingEntriesIsABrokenLink() throws Exception {
    KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    List<ChainEntry> chain = ChainFixtures.chain(1, ChainHasher.genesis(), 20);
    Checkpoint wrongAnchor = signed(chain.get(8), keys);
    assertThat(
            walk(ChainVerifier.fromCheckpoint(wrongAnchor, keys.getPublic()), chain.subList(10, 20))
                .firstBreak())
        .contains(new Break(10, Reason.GAP));
  }

  private static Checkpoint signed(ChainEntry last, KeyPair keys) {
    var unsigned =
        new Checkpoint(
            1,
            1,
            last.id(),
            last.hash(),
            last.id(),
            1_700_000_000_000_000L,
            "0123456789abcdef",
            null);
    return unsigned.withSignature(CheckpointSignatures.sign(unsigned, keys.getPrivate()));
  }

  private static ChainVerifier walk(ChainVerifier verifier, List<ChainEntry> entries) {
    for (ChainEntry entry : entries) {
      if (!verifier.accept(entry)) {
        break;
      }
    }
    return verifier;
  }
}
