package no.vern.dsr.systems;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import no.vern.shared.VernSettings;
import no.vern.shared.keys.KeyFile;
import no.vern.shared.keys.SecretFile;
import org.springframework.stereotype.Component;

/**
 * The tasks' secrets: an AEAD for the identities that wait in a task until it is sent (bound to the
 * row), and each webhook system's HMAC secret, from a setting or a mode-600 file under {@code
 * vern.keys.dir/dsr/systems} that Vern writes on first use for the operator to copy into the
 * system. Neither is ever in the database.
 */
@Component
class TaskKeys {

  static {
    try {
      AeadConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Aead aead;
  private final Path dir;
  private final DsrTaskSettings settings;

  TaskKeys(VernSettings vern, DsrTaskSettings settings)
      throws IOException, GeneralSecurityException {
    this.dir = vern.keys().dir().resolve("dsr");
    this.settings = settings;
    this.aead =
        KeyFile.fromSettingOrFile(
                settings.keyset(),
                dir.resolve("tasks-keyset.json"),
                () -> KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM))
            .getPrimitive(RegistryConfiguration.get(), Aead.class);
  }

  byte[] encrypt(UUID task, String plaintext) {
    try {
      return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), bound(task));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not encrypt the identities of task " + task, e);
    }
  }

  String decrypt(UUID task, byte[] ciphertext) {
    try {
      return new String(aead.decrypt(ciphertext, bound(task)), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not decrypt the identities of task " + task, e);
    }
  }

  /** The system's signing secret; the setting wins, else the file, made on first use. */
  String secret(String system) {
    // An environment variable VERN_DSR_SYSTEMS_SECRETS_CASE_MANAGEMENT binds as "case.management".
    String setting =
        settings
            .secrets()
            .getOrDefault(
                system,
                settings
                    .secrets()
                    .getOrDefault(system.replace('-', '.').toLowerCase(Locale.ROOT), ""));
    if (!system.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException("Not a system id");
    }
    try {
      return SecretFile.fromSettingOrFile(
              setting,
              dir.resolve("systems").resolve(system + ".secret"),
              () -> {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                return HexFormat.of().formatHex(random);
              })
          .strip();
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Could not read the secret of system " + system, e);
    }
  }

  private static byte[] bound(UUID task) {
    return ("dsr-task\0" + task).getBytes(StandardCharsets.UTF_8);
  }
}
