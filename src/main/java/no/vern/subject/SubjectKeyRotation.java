package no.vern.subject;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Clock;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Starts an AEAD key rotation: a new primary key for new values, the old keys kept so that every
 * value still decrypts, and {@link SubjectReencryption} moving the stored values to the new key in
 * the background. Disabling and then removing the old keys is a later, separate step.
 */
@Component
class SubjectKeyRotation {

  private final SubjectKeys keys;
  private final SubjectReencryption reencryption;
  private final AuditTrail audit;
  private final Clock clock;

  SubjectKeyRotation(
      SubjectKeys keys, SubjectReencryption reencryption, AuditTrail audit, Clock clock) {
    this.keys = keys;
    this.reencryption = reencryption;
    this.audit = audit;
    this.clock = clock;
  }

  /** Returns the new primary key id; throws when the keyset must be rotated in a secret store. */
  long rotate(String actor) {
    long keyId;
    try {
      keyId = keys.rotateAead();
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Could not rotate the subject AEAD key", e);
    }
    reencryption.announce(keyId, clock.instant());
    AuditActor who = AuditActor.of(actor);
    audit.recordDurably(
        new AuditRecord(
            who.type(),
            who.id(),
            SubjectAuditAction.SUBJECT_KEYS_ROTATED,
            "subject_aead_key",
            Long.toString(keyId),
            Outcome.SUCCESS));
    return keyId;
  }
}
