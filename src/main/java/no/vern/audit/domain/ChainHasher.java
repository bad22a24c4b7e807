package no.vern.audit.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jspecify.annotations.Nullable;

/**
 * hash = SHA-256(prev_hash || canonical form). The canonical form is binary and length-prefixed: a
 * version tag, id, time in microseconds and action code as big-endian numbers, then each text field
 * as a 4-byte length and its UTF-8 bytes, so no two different entries share a form (no separator
 * can be smuggled inside a field). Not thread-safe: one per writer or verifier, which lets it reuse
 * its digest and buffer for every entry.
 *
 * <p>Version 1 is the form of an entry without the optional fields (reported actor, reason), and so
 * of every entry written before they existed: those keep verifying unchanged. An entry with either
 * field uses version 2, which appends both, each behind a presence byte (0 absent, 1 present and
 * then its text), so that an absent field and an empty one hash differently.
 */
public final class ChainHasher {

  public static final int HASH_LENGTH = 32;
  private static final byte FORM_VERSION = 1;
  private static final byte FORM_VERSION_WITH_OPTIONAL_FIELDS = 2;

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
    boolean optional = e.reportedActor() != null || e.reason() != null;
    buffer
        .put(optional ? FORM_VERSION_WITH_OPTIONAL_FIELDS : FORM_VERSION)
        .putLong(e.id())
        .putLong(e.occurredAtMicros())
        .putInt(e.actionCode());
    putText(e.actorType());
    putText(e.actorId());
    putText(e.resourceType());
    putText(e.resourceId());
    putText(e.outcome());
    putText(e.correlationId());
    if (optional) {
      putOptional(e.reportedActor());
      putOptional(e.reason());
    }
    sha256.update(prevHash);
    sha256.update(buffer.array(), 0, buffer.position());
    return sha256.digest();
  }

  private void putOptional(@Nullable String text) {
    ensure(1);
    buffer.put(text == null ? (byte) 0 : (byte) 1);
    if (text != null) {
      putText(text);
    }
  }

  private void ensure(int bytes) {
    if (buffer.remaining() < bytes) {
      ByteBuffer larger = ByteBuffer.allocate((buffer.capacity() + bytes) * 2);
      buffer.flip();
      larger.put(buffer);
      buffer = larger;
    }
  }

  private void putText(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ensure(bytes.length + Integer.BYTES);
    buffer.putInt(bytes.length).put(bytes);
  }
}
