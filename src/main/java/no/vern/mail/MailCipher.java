package no.vern.mail;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.UUID;
import no.vern.shared.VernSettings;
import no.vern.shared.keys.KeyFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Encrypts a queued mail's recipient and contents with Tink AES-256-GCM. The keyset comes from
 * {@code vern.mail.aead-keyset} (a secrets manager) or the file {@code vern.keys.dir/mail/
 * aead-keyset.json}, generated on the first start with mode 600; never from the database, so a dump
 * reveals no queued mail. Each ciphertext is bound to its mail id and field, so it does not decrypt
 * in another row or column.
 */
@Component
class MailCipher {

  static {
    try {
      AeadConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  enum Field {
    RECIPIENT,
    CONTENT
  }

  private final Aead aead;

  @Autowired
  MailCipher(VernSettings vern, MailSettings settings)
      throws IOException, GeneralSecurityException {
    this(vern.keys().dir(), settings);
  }

  MailCipher(Path keysDir, MailSettings settings) throws IOException, GeneralSecurityException {
    this(
        KeyFile.fromSettingOrFile(
            settings.aeadKeyset(),
            keysDir.resolve("mail").resolve("aead-keyset.json"),
            () -> KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)));
  }

  MailCipher(KeysetHandle keyset) throws GeneralSecurityException {
    this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
  }

  byte[] encrypt(UUID mail, Field field, byte[] plaintext) {
    try {
      return aead.encrypt(plaintext, associatedData(mail, field));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not encrypt mail " + mail, e);
    }
  }

  byte[] decrypt(UUID mail, Field field, byte[] ciphertext) throws GeneralSecurityException {
    return aead.decrypt(ciphertext, associatedData(mail, field));
  }

  private static byte[] associatedData(UUID mail, Field field) {
    return ("mail\0" + field.name().toLowerCase(java.util.Locale.ROOT) + "\0" + mail)
        .getBytes(StandardCharsets.UTF_8);
  }
}
