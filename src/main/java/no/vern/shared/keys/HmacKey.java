package no.vern.shared.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA256) under a 256-bit secret from a setting or a key file, made on first
 * start. For values that must be counted or compared but never stored in the clear, such as client
 * addresses: a plain hash of an IPv4 address or a likely name is reversed by trying them all, a
 * keyed one is not without the key.
 */
public final class HmacKey {

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  private HmacKey(SecretKeySpec key) {
    this.key = key;
  }

  /**
   * The key in {@code setting} (base64) when given, else in {@code file}, which is made with a
   * random key when missing. {@code what} names the key in the start-up error.
   */
  public static HmacKey fromSettingOrFile(String setting, Path file, String what) {
    try {
      String secret = SecretFile.fromSettingOrFile(setting, file, HmacKey::generate);
      return new HmacKey(new SecretKeySpec(Base64.getDecoder().decode(secret.strip()), ALGORITHM));
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("Could not read the " + what, e);
    }
  }

  public byte[] of(String value) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
      throw new IllegalStateException("Every Java runtime has HmacSHA256", impossible);
    }
  }

  private static String generate() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
