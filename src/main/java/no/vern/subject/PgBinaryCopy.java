package no.vern.subject;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Rows in PostgreSQL's binary COPY format, built in memory for one batch. Binary rather than text
 * so the server neither parses hex for every bytea nor dates from strings: it is the cheapest way
 * to hand PostgreSQL a row.
 */
final class PgBinaryCopy {

  private static final byte[] SIGNATURE = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0
  };
  private static final long EPOCH_2000_SECONDS = 946_684_800L;
  private static final long EPOCH_2000_DAYS = 10_957L;
  private static final int TEXT_OID = 25;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
  private final DataOutputStream out = new DataOutputStream(bytes);
  private int rows;

  PgBinaryCopy() {
    try {
      out.write(SIGNATURE);
      out.writeInt(0); // flags
      out.writeInt(0); // header extension length
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  PgBinaryCopy row(int fields) {
    rows++;
    return write(() -> out.writeShort(fields));
  }

  PgBinaryCopy uuid(UUID value) {
    if (value == null) {
      return nul();
    }
    return write(
        () -> {
          out.writeInt(16);
          out.writeLong(value.getMostSignificantBits());
          out.writeLong(value.getLeastSignificantBits());
        });
  }

  PgBinaryCopy text(String value) {
    return value == null ? nul() : bytea(value.getBytes(StandardCharsets.UTF_8));
  }

  PgBinaryCopy bytea(byte[] value) {
    if (value == null) {
      return nul();
    }
    return write(
        () -> {
          out.writeInt(value.length);
          out.write(value);
        });
  }

  PgBinaryCopy int8(long value) {
    return write(
        () -> {
          out.writeInt(8);
          out.writeLong(value);
        });
  }

  /** timestamptz: microseconds since 2000-01-01 UTC. */
  PgBinaryCopy timestamp(Instant value) {
    if (value == null) {
      return nul();
    }
    long micros =
        Math.addExact(
            Math.multiplyExact(value.getEpochSecond() - EPOCH_2000_SECONDS, 1_000_000L),
            value.getNano() / 1_000L);
    return int8(micros);
  }

  /** date: days since 2000-01-01. */
  PgBinaryCopy date(LocalDate value) {
    if (value == null) {
      return nul();
    }
    return write(
        () -> {
          out.writeInt(4);
          out.writeInt(Math.toIntExact(value.toEpochDay() - EPOCH_2000_DAYS));
        });
  }

  /** text[]: one dimension, no nulls, or no dimension when empty. */
  PgBinaryCopy textArray(List<String> values) {
    byte[][] elements =
        values.stream().map(v -> v.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    int size = 12 + (elements.length == 0 ? 0 : 8);
    for (byte[] element : elements) {
      size += 4 + element.length;
    }
    int length = size;
    return write(
        () -> {
          out.writeInt(length);
          out.writeInt(elements.length == 0 ? 0 : 1);
          out.writeInt(0); // no nulls
          out.writeInt(TEXT_OID);
          if (elements.length > 0) {
            out.writeInt(elements.length);
            out.writeInt(1); // lower bound
          }
          for (byte[] element : elements) {
            out.writeInt(element.length);
            out.write(element);
          }
        });
  }

  int rows() {
    return rows;
  }

  /** The whole stream, with the trailer. */
  byte[] finish() {
    write(() -> out.writeShort(-1));
    return bytes.toByteArray();
  }

  private PgBinaryCopy nul() {
    return write(() -> out.writeInt(-1));
  }

  private interface Write {
    void run() throws IOException;
  }

  private PgBinaryCopy write(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      // A ByteArrayOutputStream does not fail; kept unchecked for the callers' sake.
      throw new UncheckedIOException(e);
    }
    return this;
  }
}
