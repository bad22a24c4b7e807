package no.vern.subject;

import com.google.crypto.tink.KeysetHandle;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import no.vern.shared.VernSettings;
import no.vern.shared.keys.KeyFile;
import no.vern.subject.domain.Keysets;
import no.vern.subject.domain.SubjectCipher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The AEAD and blind-index keysets, from the settings {@code vern.subject.aead-keyset} and {@code
 * vern.subject.index-keyset} (a secrets manager) or else from files under {@code
 * vern.keys.dir/subject}, generated on the first start. Never in the database: a database dump
 * alone must not reveal an identifier. Key material is never logged.
 */
@Component
class SubjectKeys {

  private final KeyFile aeadFile;
  private final boolean aeadFromSetting;
  private volatile KeysetHandle aead;
  private final KeysetHandle index;
  private volatile SubjectCipher cipher;

  @Autowired
  SubjectKeys(VernSettings vern, SubjectSettings settings)
      throws IOException, GeneralSecurityException {
    this(vern.keys().dir(), settings.aeadKeyset(), settings.indexKeyset());
  }

  SubjectKeys(Path keysDir, String aeadSetting, String indexSetting)
      throws IOException, GeneralSecurityException {
    Path dir = keysDir.resolve("subject");
    this.aeadFile = new KeyFile(dir.resolve("aead-keyset.json"));
    this.aeadFromSetting = !aeadSetting.isBlank();
    this.aead = KeyFile.fromSettingOrFile(aeadSetting, aeadFile.path(), Keysets::newAead);
    this.index =
        KeyFile.fromSettingOrFile(
            indexSetting, dir.resolve("index-keyset.json"), Keysets::newIndex);
    this.cipher = new SubjectCipher(aead, index);
  }

  SubjectCipher cipher() {
    return cipher;
  }

  /**
   * Makes a new AEAD key primary and saves the keyset; returns the new key id. Refused when the
   * keyset comes from a setting: then the secret store holds the truth and must be rotated there.
   */
  synchronized long rotateAead() throws IOException, GeneralSecurityException {
    if (aeadFromSetting) {
      throw new IllegalStateException(
          "The AEAD keyset comes from vern.subject.aead-keyset: add a new primary key to the"
              + " keyset in the secret store and restart Vern; it then re-encrypts in the"
              + " background.");
    }
    KeysetHandle rotated = Keysets.withNewAeadPrimary(aead);
    aeadFile.replace(Keysets.toJson(rotated));
    aead = rotated;
    cipher = new SubjectCipher(rotated, index);
    return cipher.primaryKeyId();
  }
}
