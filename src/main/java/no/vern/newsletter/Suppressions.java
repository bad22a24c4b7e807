package no.vern.newsletter;

import java.sql.Timestamp;
import java.time.Instant;
import no.vern.shared.identifier.EmailAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Addresses that left a list, as a keyed hash of the normalised address per list: enough to refuse
 * a later import or API call that would subscribe them again, useless for reading or guessing
 * addresses without the key. Only the person's own confirmed double opt-in clears an entry.
 */
@Repository
class Suppressions {

  private final JdbcClient jdbc;
  private final NewsletterKeys keys;

  Suppressions(JdbcClient jdbc, NewsletterKeys keys) {
    this.jdbc = jdbc;
    this.keys = keys;
  }

  void suppress(String list, EmailAddress address, Instant now) {
    jdbc.sql(
            "INSERT INTO newsletter_suppression (list, address_hmac, key_id, suppressed_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
        .params(list, hmac(address), keys.keyId(), Timestamp.from(now))
        .update();
  }

  boolean suppressed(String list, EmailAddress address) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM newsletter_suppression"
                + " WHERE list = ? AND address_hmac = ?)")
        .params(list, hmac(address))
        .query(Boolean.class)
        .single();
  }

  void clear(String list, EmailAddress address) {
    jdbc.sql("DELETE FROM newsletter_suppression WHERE list = ? AND address_hmac = ?")
        .params(list, hmac(address))
        .update();
  }

  private byte[] hmac(EmailAddress address) {
    return keys.mac("suppression", address.normalised());
  }
}
