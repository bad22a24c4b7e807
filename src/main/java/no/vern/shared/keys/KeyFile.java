package no.vern.shared.keys;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * A Tink keyset as Tink's JSON in a {@link SecretFile} under {@code vern.keys.dir}, never in the
 * database. The file is the protection, so the keyset is in clear inside it; a KMS-wrapped keyset
 * is the production upgrade. Used by every module that encrypts or MACs.
 */
public record KeyFile(Path path) {

  public interface Generator extends SecretFile.Generator<KeysetHandle> {}

  /**
   * The keyset from {@code setting} (Tink's JSON, from a secrets manager) when it is not blank,
   * else from {@code path}, generated on first use.
   */
  public static KeysetHandle fromSettingOrFile(String setting, Path path, Generator generator)
      throws IOException, GeneralSecurityException {
    return setting.isBlank() ? new KeyFile(path).load(generator) : parse(setting);
  }

  /** Reads the keyset, or generates and writes one; instances starting at once agree on one. */
  public KeysetHandle load(Generator generator) throws IOException, GeneralSecurityException {
    return parse(new SecretFile(path).readOrCreate(() -> toJson(generator.generate())));
  }

  /** Written to a new file and moved over the old one, so a crash never leaves half a keyset. */
  public void replace(String json) throws IOException {
    new SecretFile(path).replace(json);
  }

  /** A keyset from Tink's JSON, as a file or a secrets manager holds it. */
  public static KeysetHandle parse(String json) throws GeneralSecurityException {
    return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
  }

  public static String toJson(KeysetHandle keyset) throws GeneralSecurityException {
    return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
  }
}
