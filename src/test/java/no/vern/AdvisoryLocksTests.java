package no.vern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.vern.shared.Contributions;
import no.vern.shared.lock.AdvisoryLock;
import org.junit.jupiter.api.Test;

/** Every module's advisory locks share PostgreSQL's one key space: no key may be used twice. */
class AdvisoryLocksTests {

  private final List<AdvisoryLock> locks =
      Contributions.enumConstantsImplementing(AdvisoryLock.class);

  @Test
  void noTwoLocksShareAKey() {
    assertThat(locks).extracting(AdvisoryLock::key).doesNotHaveDuplicates();
  }

  @Test
  void keysOnceReleasedStayAsTheyWere() {
    // Instances of the previous version may still run during an upgrade and must meet these.
    assertThat(locks)
        .extracting(
            l -> l.getClass().getSimpleName() + "." + l.name() + "=" + Long.toHexString(l.key()))
        .contains(
            "PolicyLocks.PUBLISH=7072697661637931",
            "InventoryLocks.ACTIVATION=14e560001",
            "ConsentLocks.RENEWAL_MARKING=636f6e73656e7452",
            "SubjectLocks.REENCRYPTION=5355424a4b455953",
            "SubjectLocks.PHONE_REINDEX=5355424a50484f4e",
            "AuditLocks.CHAIN=7665726e61756469",
            "AuditLocks.PURGE=7665726e6175646a");
  }
}
