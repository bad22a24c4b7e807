package no.vern.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.vern.shared.VernSettings;
import no.vern.shared.keys.SecretFile;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key that signs purge checkpoints, kept in files under {@code vern.keys.dir/audit} and
 * never in the database: whoever can write the database must not be able to forge a purge. The
 * private key is {@code signing-<keyId>.key} (mode 600), generated on first use; every public key
 * stays in {@code public/<keyId>.pub}, so checkpoints signed before a key rotation still verify. To
 * rotate, move the private key file away; the next purge makes a new one.
 */
@Component
class AuditSigningKeys {

  record SigningKey(String keyId, PrivateKey privateKey) {}

  private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");
  private final Path dir;
  private @Nullable SigningKey current;

  AuditSigningKeys(VernSettings vern) {
    this.dir = vern.keys().dir().resolve("audit");
  }

  synchronized SigningKey current() {
    if (current == null) {
      try {
        // Under the key directory's lock, so instances starting at once sign with one key.
        current = SecretFile.locked(dir, () -> newestPrivateKey().orElseGet(this::generate));
      } catch (IOException | GeneralSecurityException e) {
        throw new IllegalStateException("Could not load the audit signing key from " + dir, e);
      }
    }
    return current;
  }

  /** The public key with this id, or empty when it is unknown (which fails verification). */
  Optional<PublicKey> publicKey(String keyId) {
    Path file = dir.resolve("public").resolve(keyId + ".pub");
    if (!KEY_ID.matcher(keyId).matches() || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      var spec = new X509EncodedKeySpec(Files.readAllBytes(file));
      return Optional.of(KeyFactory.getInstance("Ed25519").generatePublic(spec));
    } catch (IOException | GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  static String keyIdOf(PublicKey key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private Optional<SigningKey> newestPrivateKey() throws IOException, GeneralSecurityException {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    Optional<Path> newest;
    try (Stream<Path> files = Files.list(dir)) {
      newest =
          files
              .filter(f -> f.getFileName().toString().matches("signing-[0-9a-f]{16}\\.key"))
              .max(Comparator.comparing(f -> f.toFile().lastModified()));
    }
    if (newest.isEmpty()) {
      return Optional.empty();
    }
    String name = newest.get().getFileName().toString();
    var spec = new PKCS8EncodedKeySpec(new SecretFile(newest.get()).readBytes());
    PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(spec);
    return Optional.of(new SigningKey(name.substring(8, 24), key));
  }

  private SigningKey generate() {
    try {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      String keyId = keyIdOf(pair.getPublic());
      Files.createDirectories(dir.resolve("public"));
      Files.write(dir.resolve("public").resolve(keyId + ".pub"), pair.getPublic().getEncoded());
      new SecretFile(dir.resolve("signing-" + keyId + ".key"))
          .create(pair.getPrivate().getEncoded());
      return new SigningKey(keyId, pair.getPrivate());
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Could not create an audit signing key in " + dir, e);
    }
  }
}
