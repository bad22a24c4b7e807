package no.vern.audit.domain;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.Optional;

/**
 * Walks entries in id order and stops believing at the first one that does not fit: a missing id, a
 * prev_hash that is not the hash before it, or a stored hash that its own content does not produce.
 * The walk starts at the genesis or, after a purge, at the latest signed checkpoint.
 */
public final class ChainVerifier {

  public enum Reason {
    GAP,
    PREV_HASH_MISMATCH,
    HASH_MISMATCH,
    BAD_CHECKPOINT_SIGNATURE
  }

  /** Where the chain first breaks. For a gap, the id that is missing. */
  public record Break(long entryId, Reason reason) {}

  private final ChainHasher hasher = new ChainHasher();
  private long expectedId;
  private byte[] expectedPrevHash;
  private long checked;
  private Break firstBreak;

  private ChainVerifier(long expectedId, byte[] expectedPrevHash) {
    this.expectedId = expectedId;
    this.expectedPrevHash = expectedPrevHash;
  }

  public static ChainVerifier fromGenesis() {
    return new ChainVerifier(1, ChainHasher.genesis());
  }

  /** After a purge: the remaining entries must chain to a checkpoint that {@code key} signed. */
  public static ChainVerifier fromCheckpoint(Checkpoint checkpoint, PublicKey key) {
    ChainVerifier verifier = new ChainVerifier(checkpoint.lastId() + 1, checkpoint.lastHash());
    if (!CheckpointSignatures.verify(checkpoint, key)) {
      verifier.firstBreak = new Break(checkpoint.lastId() + 1, Reason.BAD_CHECKPOINT_SIGNATURE);
    }
    return verifier;
  }

  /** Checks the next entry; false once the chain is broken, so the caller may stop reading. */
  public boolean accept(ChainEntry entry) {
    if (firstBreak != null) {
      return false;
    }
    checked++;
    if (entry.id() != expectedId) {
      return broken(expectedId, Reason.GAP);
    }
    if (!Arrays.equals(entry.prevHash(), expectedPrevHash)) {
      return broken(entry.id(), Reason.PREV_HASH_MISMATCH);
    }
    if (!Arrays.equals(hasher.hash(entry), entry.hash())) {
      return broken(entry.id(), Reason.HASH_MISMATCH);
    }
    expectedId++;
    expectedPrevHash = entry.hash();
    return true;
  }

  private boolean broken(long id, Reason reason) {
    firstBreak = new Break(id, reason);
    return false;
  }

  public long checked() {
    return checked;
  }

  public Optional<Break> firstBreak() {
    return Optional.ofNullable(firstBreak);
  }
}
