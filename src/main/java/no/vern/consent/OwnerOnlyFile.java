package no.vern.consent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * A secret in a file readable by its owner only (mode 600), kept outside the database. The same
 * rules as the subject module's key files: generated once, two instances starting at once agree,
 * and a replacement never leaves half a file.
 */
record OwnerOnlyFile(Path path) {

  String readOrCreate(Supplier<String> generator) throws IOException {
    if (!Files.exists(path)) {
      Files.createDirectories(path.getParent());
      Path fresh = Files.createTempFile(path.getParent(), "key-", ".tmp", ownerOnly());
      try {
        Files.writeString(fresh, generator.get(), StandardCharsets.UTF_8);
        // A hard link appears complete or not at all and fails if the file exists.
        Files.createLink(path, fresh);
      } catch (FileAlreadyExistsException e) {
        // Another process generated it first; use theirs.
      } finally {
        Files.deleteIfExists(fresh);
      }
    }
    return Files.readString(path, StandardCharsets.UTF_8);
  }

  void replace(String content) throws IOException {
    Path next = path.resolveSibling(path.getFileName() + ".next");
    Files.deleteIfExists(next);
    Files.writeString(Files.createFile(next, ownerOnly()), content, StandardCharsets.UTF_8);
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
