package no.vern.audit.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * hash = SHA-256(prev_hash || canonical form). The canonical form is binary and length-prefixed: a
 * version tag, id, time in microseconds and action code as big-endian numbers, then each text field
 * as a 4-byte length and its UTF-8 bytes, so no two different entries share a form (no separator
 * can be smuggled inside a field). Not thread-safe: one per writer or verifier, which lets it reuse
 * its digest and buffer for every entry.
 */
public final class ChainHasher {

  public static final int HASH_LENGTH = 32;
  private static final byte FORM_VERSION = 1;

  private final MessageDigest sha256;
  private ByteBuffer buffer = ByteBuffer.allocate(512);

  public ChainHasher() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  /** The prev_hash of the very first entry. */
  public static byte[] genesis() {
    return new byte[HASH_LENGTH];
  }

  /** The hash of a stored entry, over the prev_hash it carries. */
  public byte[] hash(ChainEntry e) {
    return hash(e, e.prevHash());
  }

  /** The hash {@code e} gets when it is appended after an entry whose hash is {@code prevHash}. */
  public byte[] hash(ChainEntry e, byte[] prevHash) {
    buffer.clear();
    buffer.put(FORM_VERSION).putLong(e.id()).putLong(e.occurredAtMicros()).putInt(e.actionCode());
    putText(e.actorType());
    putText(e.actorId());
    putText(e.resourceType());
    putText(e.resourceId());
    putText(e.outcome());
    putText(e.correlationId());
    sha256.update(prevHash);
    sha256.update(buffer.array(), 0, buffer.position());
    return sha256.digest();
  }

  private void putText(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (buffer.remaining() < bytes.length + Integer.BYTES) {
      ByteBuffer larger = ByteBuffer.allocate((buffer.capacity() + bytes.length) * 2);
      buffer.flip();
      larger.put(buffer);
      buffer = larger;
    }
    buffer.putInt(bytes.length).put(bytes);
  }
}
