package no.vern.shared.keys;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A secret in a file readable by its owner only (mode 600), kept outside the database: a database
 * dump alone must not reveal what it protects. The one place Vern reads and writes key files:
 *
 * <ul>
 *   <li>a missing file is generated once, under a lock on its directory (a {@code .lock} file
 *       there, plus a lock inside this JVM), so instances and test contexts starting at once agree
 *       on one secret;
 *   <li>every write goes to a new owner-only file that is then renamed into place, so a crash never
 *       leaves half a secret and the content is never readable by others, even for a moment;
 *   <li>a setting (a secrets manager's environment variable) wins over the file, and then no file
 *       is read or written.
 * </ul>
 *
 * Contents are written exactly as given, so the files of earlier versions are read unchanged.
 */
public record SecretFile(Path path) {

  /** Makes the content of a new secret. */
  public interface Generator<T> {
    T generate() throws GeneralSecurityException;
  }

  /** Work done while holding a directory's lock. */
  public interface Locked<T> {
    T run() throws IOException, GeneralSecurityException;
  }

  private static final Map<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();
  private static final ThreadLocal<Set<Path>> HELD = ThreadLocal.withInitial(HashSet::new);

  /** {@code setting} when it is not blank, else the file's content, generated on first use. */
  public static String fromSettingOrFile(String setting, Path path, Generator<String> generator)
      throws IOException, GeneralSecurityException {
    return setting.isBlank() ? new SecretFile(path).readOrCreate(generator) : setting;
  }

  /** The content; when the file is missing, a new one from {@code generator} is written first. */
  public String readOrCreate(Generator<String> generator)
      throws IOException, GeneralSecurityException {
    if (!Files.exists(path)) {
      locked(
          dir(),
          () -> {
            if (!Files.exists(path)) {
              writeAtomically(generator.generate().getBytes(StandardCharsets.UTF_8));
            }
            return true;
          });
    }
    return Files.readString(path, StandardCharsets.UTF_8);
  }

  public byte[] readBytes() throws IOException {
    return Files.readAllBytes(path);
  }

  /** Writes a new secret; refuses to overwrite one that exists. */
  public void create(byte[] content) throws IOException, GeneralSecurityException {
    locked(
        dir(),
        () -> {
          if (Files.exists(path)) {
            throw new FileAlreadyExistsException(path.toString());
          }
          writeAtomically(content);
          return true;
        });
  }

  /** Replaces the content at once: readers see the old secret or the new, never a mixture. */
  public void replace(String content) throws IOException {
    writeAtomically(content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Runs {@code action} while holding the lock of {@code dir} (created when missing), against other
   * processes and other threads of this one.
   */
  public static <T> T locked(Path dir, Locked<T> action)
      throws IOException, GeneralSecurityException {
    Files.createDirectories(dir);
    Path lockFile = dir.resolve(".lock");
    Path key = lockFile.toAbsolutePath().normalize();
    // FileChannel locks belong to the whole JVM, so threads of one process take turns first.
    synchronized (IN_PROCESS.computeIfAbsent(key, p -> new Object())) {
      // Re-entrant, as the monitor is: a holder may write a secret in the same directory.
      if (!HELD.get().add(key)) {
        return action.run();
      }
      try (FileChannel channel =
              FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        return action.run();
      } finally {
        HELD.get().remove(key);
      }
    }
  }

  private Path dir() {
    return Objects.requireNonNull(path.getParent(), "a key file lives in a directory");
  }

  private void writeAtomically(byte[] content) throws IOException {
    Path dir = dir();
    Files.createDirectories(dir);
    Path next = Files.createTempFile(dir, "." + path.getFileName() + "-", ".next", ownerOnly());
    try {
      Files.write(next, content);
      Files.move(next, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(next);
    }
  }

  private static FileAttribute<?>[] ownerOnly() {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
    };
  }
}
