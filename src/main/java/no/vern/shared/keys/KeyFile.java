package no.vern.shared.keys;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/**
 * A Tink keyset in a JSON file readable by its owner only (mode 600), kept under {@code
 * vern.keys.dir} and never in the database. The file is the protection, so the keyset is in clear
 * inside it; a KMS-wrapped keyset is the production upgrade. Used by every module that encrypts.
 */
public record KeyFile(Path path) {

  public interface Generator {
    KeysetHandle generate() throws GeneralSecurityException;
  }

  /** Reads the keyset, or generates and writes one; two instances starting at once agree. */
  public KeysetHandle load(Generator generator) throws IOException, GeneralSecurityException {
    if (!Files.exists(path)) {
      Files.createDirectories(path.getParent());
      Path fresh = Files.createTempFile(path.getParent(), "keyset-", ".tmp", ownerOnly());
      try {
        Files.writeString(fresh, toJson(generator.generate()), StandardCharsets.UTF_8);
        // A hard link appears complete or not at all and fails if the file exists.
        Files.createLink(path, fresh);
      } catch (FileAlreadyExistsException e) {
        // Another process generated it first; use theirs.
      } finally {
        Files.deleteIfExists(fresh);
      }
    }
    return parse(Files.readString(path, StandardCharsets.UTF_8));
  }

  /** Written to a new file and moved over the old one, so a crash never leaves half a keyset. */
  public void replace(String json) throws IOException {
    Path next = path.resolveSibling(path.getFileName() + ".next");
    Files.deleteIfExists(next);
    Files.writeString(Files.createFile(next, ownerOnly()), json, StandardCharsets.UTF_8);
    Files.move(next, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** A keyset from Tink's JSON, as a file or a secrets manager holds it. */
  public static KeysetHandle parse(String json) throws GeneralSecurityException {
    return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
  }

  public static String toJson(KeysetHandle keyset) throws GeneralSecurityException {
    return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
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
