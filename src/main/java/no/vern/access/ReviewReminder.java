package no.vern.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.mail.Language;
import no.vern.mail.MailTemplates;
import no.vern.mail.Outbox;
import no.vern.mail.OutgoingMail;
import no.vern.shared.VernSettings;
import no.vern.shared.identifier.EmailAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly reminder (task {@code access.review-reminder}): when the last access review is
 * older than {@code vern.access.review-interval}, or there was none, the DPO (the address
 * break-glass openings go to) is mailed through the outbox, at most once per interval. The row in
 * {@code access_review_reminder} is written under the table's lock in the mail's transaction, so a
 * run repeated or overlapping sends nothing twice. Without a DPO address or mail nothing is sent or
 * claimed, so the reminder goes out once they are set up.
 */
@Component
class ReviewReminder {

  static final String KIND = "access.review-reminder";
  private static final AuditActor SYSTEM = AuditActor.system("access");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Europe/Oslo"));

  private final JdbcClient jdbc;
  private final AccessReviews reviews;
  private final BreakGlassMail dpo;
  private final Outbox outbox;
  private final MailTemplates templates;
  private final AuditTrail audit;
  private final String baseUrl;

  ReviewReminder(
      JdbcClient jdbc,
      AccessReviews reviews,
      BreakGlassMail dpo,
      Outbox outbox,
      MailTemplates templates,
      AuditTrail audit,
      VernSettings vern) {
    this.jdbc = jdbc;
    this.reviews = reviews;
    this.dpo = dpo;
    this.outbox = outbox;
    this.templates = templates;
    this.audit = audit;
    this.baseUrl = vern.baseUrl();
  }

  /** Mails the reminder when it is due at {@code now}; true when one was queued. */
  @Transactional
  boolean remind(Instant now) {
    Optional<EmailAddress> to = dpo.address();
    if (to.isEmpty() || !outbox.configured() || !reviews.dueAt(now)) {
      return false;
    }
    // Serialises the check and the claim against another run (a direct call, another instance).
    jdbc.sql("LOCK TABLE access_review_reminder IN SHARE ROW EXCLUSIVE MODE").update();
    Instant since = reviews.intervalBefore(now);
    boolean remindedLately =
        jdbc.sql("SELECT EXISTS (SELECT 1 FROM access_review_reminder WHERE sent_at > ?)")
            .param(Timestamp.from(since))
            .query(Boolean.class)
            .single();
    if (remindedLately) {
      return false;
    }
    jdbc.sql("INSERT INTO access_review_reminder (sent_at) VALUES (?) ON CONFLICT DO NOTHING")
        .param(Timestamp.from(now))
        .update();
    String last = reviews.last().map(r -> DAY.format(r.reviewedAt())).orElse("");
    outbox.enqueue(
        OutgoingMail.of(
            KIND,
            to.get(),
            Language.NB,
            templates.render(
                KIND,
                Language.NB,
                Map.of("last", last, "link", baseUrl + "/admin/access-review"))));
    audit.record(
        SYSTEM.did(
            ScopeAuditAction.ACCESS_REVIEW_REMINDED,
            "access-review-reminder",
            DateTimeFormatter.ISO_INSTANT.format(now),
            Outcome.SUCCESS));
    return true;
  }
}
