package no.vern.cookie.log;

import java.sql.Timestamp;
import java.time.Clock;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.cookie.CookieAuditAction;
import no.vern.intake.CookieConsentCarried;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Links a consent id to the person who signed up through a public form carrying it. After the
 * record's commit, registered and retried at restart: a link that fails must never undo the
 * sign-up. Only an id the log knows is linked, so an invented id links nothing; running twice links
 * once.
 */
@Component
class CookieConsentLinks {

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  CookieConsentLinks(JdbcClient jdbc, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void carried(CookieConsentCarried event) {
    int linked =
        jdbc.sql(
                "INSERT INTO cookie_consent_subject (consent_id, subject_id, linked_at)"
                    + " SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM cookie_consent WHERE consent_id = ?)"
                    // A person erased before this ran has nothing left to link to.
                    + " AND EXISTS (SELECT 1 FROM subject WHERE id = ?)"
                    + " ON CONFLICT DO NOTHING")
            .params(
                event.cookieConsent().value(),
                event.subject().value(),
                Timestamp.from(clock.instant()),
                event.cookieConsent().value(),
                event.subject().value())
            .update();
    if (linked > 0) {
      audit.record(
          AuditActor.system("cookie-link")
              .did(
                  CookieAuditAction.COOKIE_CONSENT_LINKED,
                  "cookie-consent",
                  event.cookieConsent().value().toString(),
                  Outcome.SUCCESS));
    }
  }
}
