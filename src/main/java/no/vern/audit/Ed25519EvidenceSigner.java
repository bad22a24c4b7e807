package no.vern.audit;

import java.security.GeneralSecurityException;
import org.springframework.stereotype.Component;

@Component
class Ed25519EvidenceSigner implements EvidenceSigner {

  private final AuditSigningKeys keys;

  Ed25519EvidenceSigner(AuditSigningKeys keys) {
    this.keys = keys;
  }

  @Override
  public Signature sign(byte[] payload) {
    AuditSigningKeys.SigningKey key = keys.current();
    try {
      java.security.Signature ed = java.security.Signature.getInstance("Ed25519");
      ed.initSign(key.privateKey());
      ed.update(payload);
      return new Signature(key.keyId(), ed.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not sign evidence", e);
    }
  }

  @Override
  public boolean verify(byte[] payload, Signature signature) {
    var key = keys.publicKey(signature.keyId());
    if (key.isEmpty()) {
      return false;
    }
    try {
      java.security.Signature ed = java.security.Signature.getInstance("Ed25519");
      ed.initVerify(key.get());
      ed.update(payload);
      return ed.verify(signature.value());
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
