package no.vern.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.UUID;
import no.vern.mail.MailCipher.Field;
import no.vern.shared.keys.KeyFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailCipherTests {

  @TempDir Path dir;
  private final byte[] address = "person@example.invalid".getBytes(StandardCharsets.UTF_8);
  private final UUID mail = UUID.randomUUID();

  @Test
  void theFirstStartWritesAnOwnerOnlyKeyFileThatTheNextStartReads() throws Exception {
    byte[] sealed = new MailCipher(dir, settings("")).encrypt(mail, Field.RECIPIENT, address);
    Path file = dir.resolve("mail/aead-keyset.json");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(new MailCipher(dir, settings("")).decrypt(mail, Field.RECIPIENT, sealed))
        .isEqualTo(address);
  }

  @Test
  void aCiphertextOpensOnlyInItsOwnRowAndColumn() throws Exception {
    MailCipher cipher = new MailCipher(dir, settings(""));
    byte[] sealed = cipher.encrypt(mail, Field.RECIPIENT, address);
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("example.invalid");
    assertThatThrownBy(() -> cipher.decrypt(UUID.randomUUID(), Field.RECIPIENT, sealed))
        .isInstanceOf(GeneralSecurityException.class);
    assertThatThrownBy(() -> cipher.decrypt(mail, Field.CONTENT, sealed))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void aKeysetFromTheEnvironmentIsUsedAndNoFileWritten() throws Exception {
    String json = KeyFile.toJson(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
    byte[] sealed = new MailCipher(dir, settings(json)).encrypt(mail, Field.CONTENT, address);
    assertThat(new MailCipher(KeyFile.parse(json)).decrypt(mail, Field.CONTENT, sealed))
        .isEqualTo(address);
    assertThat(Files.exists(dir.resolve("mail"))).isFalse();
  }

  static MailSettings settings(String keyset) {
    return new MailSettings(
        "",
        keyset,
        new MailSettings.Smtp("", 587, "", "", true, java.time.Duration.ofSeconds(30)),
        null,
        java.time.Duration.ofDays(365),
        java.time.Duration.ofDays(30),
        "0 41 3 * * *");
  }
}
