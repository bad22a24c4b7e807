package no.vern.subject;

import com.google.crypto.tink.KeysetHandle;
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
import no.vern.subject.domain.Keysets;

/** A keyset in a Tink JSON file readable by its owner only (mode 600). */
record KeyFile(Path path) {

  interface Generator {
    KeysetHandle generate() throws GeneralSecurityException;
  }

  /** Reads the keyset, or generates and writes one; two instances starting at once agree. */
  KeysetHandle load(Generator generator) throws IOException, GeneralSecurityException {
    if (!Files.exists(path)) {
      Files.createDirectories(path.getParent());
      Path fresh = Files.createTempFile(path.getParent(), "keyset-", ".tmp", ownerOnly());
      try {
        Files.writeString(fresh, Keysets.toJson(generator.generate()), StandardCharsets.UTF_8);
        // A hard link appears complete or not at all and fails if the file exists.
        Files.createLink(path, fresh);
      } catch (FileAlreadyExistsException e) {
        // Another process generated it first; use theirs.
      } finally {
        Files.deleteIfExists(fresh);
      }
    }
    return Keysets.parse(Files.readString(path, StandardCharsets.UTF_8));
  }

  /** Written to a new file and moved over the old one, so a crash never leaves half a keyset. */
  void replace(String json) throws IOException {
    Path next = path.resolveSibling(path.getFileName() + ".next");
    Files.deleteIfExists(next);
    Files.writeString(Files.createFile(next, ownerOnly()), json, StandardCharsets.UTF_8);
    Files.move(next, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
