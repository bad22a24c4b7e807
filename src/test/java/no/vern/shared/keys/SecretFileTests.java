package no.vern.shared.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFileTests {

  @TempDir Path dir;

  @Test
  void aMissingSecretIsGeneratedOnceOwnerOnlyAndReadAfterwards() throws Exception {
    var file = new SecretFile(dir.resolve("consent/key.json"));
    AtomicInteger generated = new AtomicInteger();

    String first = file.readOrCreate(() -> "secret-" + generated.incrementAndGet());
    String second = file.readOrCreate(() -> "secret-" + generated.incrementAndGet());

    assertThat(first).isEqualTo("secret-1").isEqualTo(second);
    assertThat(mode(file.path())).isEqualTo("rw-------");
  }

  @Test
  void threadsStartingAtOnceAgreeOnOneSecret() throws Exception {
    Path path = dir.resolve("mail/aead-keyset.json");
    Callable<String> start =
        () -> new SecretFile(path).readOrCreate(() -> UUID.randomUUID().toString());
    var pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> answers =
          pool.invokeAll(IntStream.range(0, 16).mapToObj(i -> start).toList());
      String agreed = answers.get(0).get();
      for (Future<String> answer : answers) {
        assertThat(answer.get()).isEqualTo(agreed);
      }
    } finally {
      pool.shutdownNow();
    }
    try (var files = Files.list(path.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no half-written files left behind")
          .containsExactlyInAnyOrder("aead-keyset.json", ".lock");
    }
  }

  @Test
  void aFileOfAnEarlierVersionIsReadAsItIs() throws Exception {
    Path path = dir.resolve("subject/index-keyset.json");
    Files.createDirectories(path.getParent());
    Files.writeString(path, "{\"primaryKeyId\":1}");

    assertThat(new SecretFile(path).readOrCreate(() -> "never")).isEqualTo("{\"primaryKeyId\":1}");
  }

  @Test
  void aReplacementIsOwnerOnlyAndComplete() throws Exception {
    var file = new SecretFile(dir.resolve("consent/receipt-keys.json"));
    file.readOrCreate(() -> "old");

    file.replace("new");

    assertThat(Files.readString(file.path())).isEqualTo("new");
    assertThat(mode(file.path())).isEqualTo("rw-------");
  }

  @Test
  void aSettingWinsAndNoFileIsWritten() throws Exception {
    Path path = dir.resolve("consent/proof-keyset.json");

    assertThat(SecretFile.fromSettingOrFile("from-the-vault", path, () -> "generated"))
        .isEqualTo("from-the-vault");
    assertThat(Files.exists(path.getParent())).isFalse();
    assertThat(SecretFile.fromSettingOrFile(" ", path, () -> "generated")).isEqualTo("generated");
  }

  @Test
  void createNeverOverwritesASecret() throws Exception {
    var file = new SecretFile(dir.resolve("audit/signing-0123456789abcdef.key"));
    file.create(new byte[] {1, 2, 3});

    assertThatThrownBy(() -> file.create(new byte[] {4}))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(file.readBytes()).containsExactly(1, 2, 3);
    assertThat(mode(file.path())).isEqualTo("rw-------");
  }

  @Test
  void aHolderOfTheDirectoryLockMayWriteASecretThere() throws Exception {
    Path audit = dir.resolve("audit");
    var file = new SecretFile(audit.resolve("signing-0123456789abcdef.key"));

    SecretFile.locked(
        audit,
        () -> {
          file.create(new byte[] {7});
          return true;
        });

    assertThat(file.readBytes()).containsExactly(7);
  }

  private static String mode(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
