package no.vern.newsletter;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.mail.Language;
import no.vern.subject.SubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 5, item 7: a subscriber whose consent the consent module marked as needing renewal (the
 * list's purpose changed materially in a new notice) is asked once by mail, in the language they
 * consented in, with a link to their preference page. "Once" is per marking: the consent event in
 * force when they were asked is remembered in {@code newsletter_renewal_asked}, so a later marking
 * (after they renewed) asks again and no restart or second instance asks twice.
 */
@Component
class RenewalAsking {

  private static final AuditActor SYSTEM = AuditActor.system("newsletter");
  private static final int BATCH = 500;

  private record Marked(SubjectId subject, String list, UUID event, String language) {}

  private final JdbcClient jdbc;
  private final Lists lists;
  private final Addresses addresses;
  private final NewsletterMails mails;
  private final AuditTrail audit;
  private final Clock clock;
  private final TransactionTemplate tx;

  RenewalAsking(
      JdbcClient jdbc,
      Lists lists,
      Addresses addresses,
      NewsletterMails mails,
      AuditTrail audit,
      Clock clock,
      PlatformTransactionManager transactions) {
    // A template rather than @Transactional: the scheduled method calls sweep() on this object.
    this.tx = new TransactionTemplate(transactions);
    this.jdbc = jdbc;
    this.lists = lists;
    this.addresses = addresses;
    this.mails = mails;
    this.audit = audit;
    this.clock = clock;
  }

  /** The {@code newsletter.renewal-asking} task (NewsletterTasks). */
  void scheduled() {
    while (sweep() == BATCH) {
      // next batch
    }
  }

  /**
   * Asks one batch, in its own transaction, of marked subscribers not asked yet; returns how many
   * were looked at.
   */
  int sweep() {
    Integer looked = tx.execute(status -> sweepBatch());
    return looked == null ? 0 : looked;
  }

  private int sweepBatch() {
    String[] ids = lists.all().stream().map(Lists.NewsletterList::id).toArray(String[]::new);
    if (ids.length == 0) {
      return 0;
    }
    List<Marked> due =
        jdbc.sql(
                "SELECT s.subject_id, s.purpose, s.event_id, e.language FROM consent_state s"
                    + " JOIN consent_event e ON e.id = s.event_id"
                    + " WHERE s.renewal_required AND s.status IN ('GIVEN', 'RENEWED')"
                    + " AND s.purpose = ANY (?) AND NOT EXISTS (SELECT 1 FROM"
                    + " newsletter_renewal_asked a WHERE a.subject_id = s.subject_id"
                    + " AND a.purpose = s.purpose AND a.event_id = s.event_id)"
                    + " ORDER BY s.subject_id LIMIT ?")
            .params(ids, BATCH)
            .query(
                (rs, n) ->
                    new Marked(
                        new SubjectId(rs.getObject("subject_id", UUID.class)),
                        rs.getString("purpose"),
                        rs.getObject("event_id", UUID.class),
                        rs.getString("language")))
            .list();
    Instant now = clock.instant();
    for (Marked m : due) {
      if (remember(m, now)) {
        ask(m, now);
      }
    }
    return due.size();
  }

  /** False when another instance asked first. */
  private boolean remember(Marked m, Instant now) {
    return jdbc.sql(
                "INSERT INTO newsletter_renewal_asked (subject_id, purpose, event_id, asked_at)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
            .params(m.subject().value(), m.list(), m.event(), Timestamp.from(now))
            .update()
        == 1;
  }

  private void ask(Marked m, Instant now) {
    var to = addresses.first(m.subject());
    var list = lists.find(m.list());
    if (to.isEmpty() || list.isEmpty()) {
      return;
    }
    Language language = Language.of(m.language()).orElse(Language.NB);
    String title = list.get().title().in(language.tag());
    mails.enqueue(
        mails.listMail(
            "consent.newsletter-renewal",
            to.get(),
            language,
            m.subject(),
            m.list(),
            "consent.newsletter-renewal",
            Map.of(
                "list",
                title,
                // The preference page (/u/p/{token}) is built separately; the link is signed here.
                "preferences",
                mails.preferencesUrl(m.subject(), now, language),
                "unsubscribe",
                mails.unsubscribeUrl(m.subject(), m.list())),
            title));
    audit.record(
        SYSTEM.did(
            NewsletterAuditAction.NEWSLETTER_RENEWAL_ASKED,
            "subject",
            m.subject().toString(),
            Outcome.SUCCESS));
  }
}
