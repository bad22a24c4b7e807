package no.vern.retention;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import no.vern.audit.EvidenceSigner;
import no.vern.retention.SweepRuns.Count;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sweep run's evidence and its signed certificate: counts per activity, rule and action, the
 * inventory version, the day swept and the times; never an id of a person or a record. The evidence
 * is serialised once, in a fixed field order; its SHA-256 is what the run's audit entry names, and
 * the signature (the audit checkpoints' Ed25519 key) is over exactly those bytes.
 */
final class PurgeCertificate {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** What one run did. */
  record Evidence(
      String run,
      int inventoryVersion,
      LocalDate sweptDay,
      Instant startedAt,
      Instant finishedAt,
      List<Count> counts) {}

  /** The downloadable certificate: the evidence as signed text, its digest and the signature. */
  record Certificate(String evidence, String sha256, String keyId, String signature) {}

  private PurgeCertificate() {}

  static Certificate sign(Evidence evidence, EvidenceSigner signer) {
    String text = JSON.writeValueAsString(evidence);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    EvidenceSigner.Signature s = signer.sign(bytes);
    return new Certificate(
        text,
        sha256(bytes),
        s.keyId(),
        Base64.getUrlEncoder().withoutPadding().encodeToString(s.value()));
  }

  static String json(Certificate certificate) {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(certificate);
  }

  static Certificate read(String json) {
    return JSON.readValue(json, Certificate.class);
  }

  static Evidence evidence(Certificate certificate) {
    return JSON.readValue(certificate.evidence(), Evidence.class);
  }

  /** The digest matches the evidence and the signature is one of this installation's keys'. */
  static boolean verifies(Certificate c, EvidenceSigner signer) {
    byte[] bytes = c.evidence().getBytes(StandardCharsets.UTF_8);
    return sha256(bytes).equals(c.sha256())
        && signer.verify(
            bytes,
            new EvidenceSigner.Signature(c.keyId(), Base64.getUrlDecoder().decode(c.signature())));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
