package no.vern.newsletter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.consent.ConsentDecisions;
import no.vern.mail.Header;
import no.vern.mail.Language;
import no.vern.shared.identifier.EmailAddress;
import no.vern.subject.Identifier;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may be mailed for a list now, one page at a time in subject id order, so a large list never
 * sits in memory at once. Candidates come from the consent state (given or renewed); each is kept
 * only if the enforcement point answers allow (expiry, renewal, restriction and objection
 * included), so this list and a decision can never disagree. The addresses are read in bulk, one
 * audit entry per page with the count.
 */
@Component
class Recipients {

  static final int DEFAULT_LIMIT = 500;
  static final int MAX_LIMIT = 5000;

  /** One person to mail, with the RFC 8058 headers of their own unsubscribe link. */
  record Recipient(SubjectId subject, EmailAddress email, Language language, List<Header> headers) {
    @Override
    public String toString() {
      return "Recipient[" + subject + ", ***]";
    }
  }

  /** A page; {@code next} is the cursor for the following page, null after the last one. */
  record Page(List<Recipient> recipients, UUID next) {}

  private record Candidate(SubjectId subject, String language) {}

  private final JdbcClient jdbc;
  private final ConsentDecisions decisions;
  private final SubjectRegistry registry;
  private final NewsletterMails mails;

  Recipients(
      JdbcClient jdbc,
      ConsentDecisions decisions,
      SubjectRegistry registry,
      NewsletterMails mails) {
    this.jdbc = jdbc;
    this.decisions = decisions;
    this.registry = registry;
    this.mails = mails;
  }

  /** The page after {@code after} (null for the first); {@code actor} pays for the audited read. */
  Page page(String list, UUID after, int limit, AuditActor actor) {
    List<Candidate> candidates =
        jdbc.sql(
                "SELECT s.subject_id, e.language FROM consent_state s"
                    + " JOIN consent_event e ON e.id = s.event_id"
                    + " WHERE s.purpose = ? AND s.status IN ('GIVEN', 'RENEWED')"
                    + " AND s.subject_id > ? ORDER BY s.subject_id LIMIT ?")
            .params(list, after == null ? new UUID(0, 0) : after, limit)
            .query(
                (rs, n) ->
                    new Candidate(
                        new SubjectId(rs.getObject("subject_id", UUID.class)),
                        rs.getString("language")))
            .list();
    UUID next =
        candidates.size() < limit ? null : candidates.get(candidates.size() - 1).subject().value();
    Map<SubjectId, String> allowed = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      if (decisions.decide(c.subject(), list).allowed()) {
        allowed.put(c.subject(), c.language());
      }
    }
    // Also an empty page is put on the trail: one entry per read, with its count.
    Map<SubjectId, List<Identifier>> identifiers =
        registry.identifiersOfAll(
            allowed.keySet(),
            actor.did(
                NewsletterAuditAction.NEWSLETTER_RECIPIENTS_READ,
                "newsletter-list:" + list,
                String.valueOf(allowed.size()),
                Outcome.SUCCESS));
    List<Recipient> page = new ArrayList<>(allowed.size());
    allowed.forEach(
        (subject, language) ->
            Addresses.emails(identifiers.getOrDefault(subject, List.of())).stream()
                .findFirst()
                .ifPresent(
                    email ->
                        page.add(
                            new Recipient(
                                subject,
                                email,
                                Language.of(language).orElse(Language.NB),
                                mails.unsubscribeHeaders(subject, list)))));
    return new Page(page, next);
  }
}
