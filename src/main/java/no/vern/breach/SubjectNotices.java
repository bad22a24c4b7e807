package no.vern.breach;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord;
import no.vern.consent.SubjectLanguages;
import no.vern.inventory.Contact;
import no.vern.mail.Language;
import no.vern.mail.MailId;
import no.vern.mail.MailTemplates;
import no.vern.mail.Outbox;
import no.vern.mail.OutgoingMail;
import no.vern.shared.identifier.EmailAddress;
import no.vern.shared.identifier.IdentifierType;
import no.vern.shared.identifier.Parsed;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import no.vern.subject.Identifier;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art. 34: tells each person affected by a high-risk breach, by mail through the outbox, in their
 * language (the one of their newest consent decision, else Bokmål). Exactly once per person and
 * breach: a row in {@code breach_subject_notice} is claimed in the same transaction as the mail is
 * queued, so a second run (with a wider window, say) writes only to those not yet told. People
 * without an e-mail address are counted, for the DPO to reach otherwise or by a public notice
 * (34(3)(c)).
 */
@Service
class SubjectNotices {

  /** What a run did. */
  record Result(long found, int told, int alreadyTold, int withoutAddress) {}

  private final BreachRows rows;
  private final AffectedPeople affected;
  private final SubjectRegistry registry;
  private final SubjectLanguages languages;
  private final DpoContact dpo;
  private final MailTemplates templates;
  private final Outbox outbox;
  private final JdbcClient jdbc;
  private final Clock clock;

  SubjectNotices(
      BreachRows rows,
      AffectedPeople affected,
      SubjectRegistry registry,
      SubjectLanguages languages,
      DpoContact dpo,
      MailTemplates templates,
      Outbox outbox,
      JdbcClient jdbc,
      Clock clock) {
    this.rows = rows;
    this.affected = affected;
    this.registry = registry;
    this.languages = languages;
    this.dpo = dpo;
    this.templates = templates;
    this.outbox = outbox;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  Result send(UUID id, NoticeRequest request, String actor) {
    BreachRow breach = rows.lock(id).orElseThrow(Breaches::notFound);
    if (!"high".equals(breach.risk())) {
      throw new ApiProblem(
          BreachProblem.RISK_NOT_HIGH,
          "GDPR Art. 34 asks to tell the people affected when the risk to them is high; record"
              + " that assessment (risk: high, with its reasoning) first.");
    }
    Map<Language, NoticeRequest.Text> texts = texts(request.texts());
    AffectedPeople.Criteria criteria = affected.check(request.query());
    List<SubjectId> found = find(criteria);
    Set<UUID> told =
        new HashSet<>(
            jdbc.sql("SELECT subject_id FROM breach_subject_notice WHERE breach_id = ?")
                .param(id)
                .query(UUID.class)
                .list());
    List<SubjectId> toTell = found.stream().filter(s -> !told.contains(s.value())).toList();
    Map<SubjectId, List<Identifier>> identifiers =
        registry.identifiersOfAll(
            toTell,
            AuditActor.of(actor)
                .did(
                    BreachAuditAction.BREACH_SUBJECTS_NOTIFIED,
                    "breach",
                    id.toString(),
                    AuditRecord.Outcome.SUCCESS));
    Map<SubjectId, String> spoken = languages.of(toTell);
    Instant now = clock.instant();
    int sent = 0;
    int without = 0;
    for (SubjectId s : toTell) {
      Optional<EmailAddress> to = email(identifiers.getOrDefault(s, List.of()));
      if (to.isEmpty()) {
        without++;
        continue;
      }
      Language language =
          Language.of(spoken.getOrDefault(s, "nb")).filter(texts::containsKey).orElse(Language.NB);
      int claimed =
          jdbc.sql(
                  "INSERT INTO breach_subject_notice (breach_id, subject_id, language, told_at,"
                      + " told_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
              .params(id, s.value(), language.tag(), Timestamp.from(now), actor)
              .update();
      if (claimed == 0) {
        continue;
      }
      MailId mail =
          outbox.enqueue(
              OutgoingMail.of(
                  "breach.notice",
                  to.get(),
                  language,
                  templates.render(
                      "breach.notice", language, variables(texts.get(language), language))));
      jdbc.sql(
              "UPDATE breach_subject_notice SET mail_id = ? WHERE breach_id = ? AND subject_id = ?")
          .params(mail.value(), id, s.value())
          .update();
      sent++;
    }
    return new Result(found.size(), sent, found.size() - toTell.size(), without);
  }

  /** Who has been told, by id, with when: the record Art. 34 asks to be able to show. */
  List<Map<String, Object>> told(UUID id) {
    return jdbc.sql(
            "SELECT subject_id, language, told_at FROM breach_subject_notice WHERE breach_id = ?"
                + " ORDER BY told_at, subject_id")
        .param(id)
        .query(
            (rs, n) -> {
              Map<String, Object> m = new java.util.LinkedHashMap<>();
              m.put("subject", rs.getObject(1, UUID.class));
              m.put("language", rs.getString(2));
              m.put("toldAt", BreachJson.time(rs.getTimestamp(3).toInstant()));
              return m;
            })
        .list();
  }

  long toldCount(UUID id) {
    return jdbc.sql("SELECT count(*) FROM breach_subject_notice WHERE breach_id = ?")
        .param(id)
        .query(Long.class)
        .single();
  }

  private List<SubjectId> find(AffectedPeople.Criteria c) {
    AffectedPeople.Found found = affected.search(c, true);
    if (found.truncated()) {
      throw new ApiProblem(
          CommonProblem.UNPROCESSABLE,
          "More than "
              + AffectedPeople.MAX_LIST
              + " people match; send the notices in narrower time windows (a re-run never"
              + " writes to anyone twice).");
    }
    return found.subjects();
  }

  private Map<String, Object> variables(NoticeRequest.Text text, Language language) {
    Map<String, Object> v = new HashMap<>();
    v.put("whatHappened", text.whatHappened());
    v.put("consequences", text.consequences());
    v.put("measures", text.measures());
    v.put("advice", text.advice());
    Optional<Contact> contact = dpo.contact();
    String name =
        contact.map(c -> c.name() == null ? null : c.name().in(language.tag())).orElse(null);
    String email =
        contact.map(Contact::email).orElse(dpo.address().map(EmailAddress::value).orElse(""));
    v.put("dpoName", name == null ? "" : name);
    v.put("dpoEmail", email == null ? "" : email);
    v.put("dpoPhone", contact.map(Contact::phone).orElse(""));
    return v;
  }

  private static Map<Language, NoticeRequest.Text> texts(
      @Nullable Map<String, NoticeRequest.Text> given) {
    List<FieldError> errors = new ArrayList<>();
    Map<Language, NoticeRequest.Text> texts = new HashMap<>();
    if (given == null || given.get("nb") == null) {
      errors.add(
          new FieldError("texts.nb", "required", "Write the notice in Bokmål (and in English)."));
    }
    if (given != null) {
      given.forEach(
          (tag, t) -> {
            Optional<Language> language = Language.of(tag).filter(l -> l.tag().equals(tag));
            if (language.isEmpty() || t == null) {
              errors.add(new FieldError("texts." + tag, "invalid", "Use nb or en."));
              return;
            }
            check("texts." + tag + ".whatHappened", t.whatHappened(), errors);
            check("texts." + tag + ".consequences", t.consequences(), errors);
            check("texts." + tag + ".measures", t.measures(), errors);
            check("texts." + tag + ".advice", t.advice(), errors);
            texts.put(language.get(), t);
          });
    }
    if (!errors.isEmpty()) {
      throw new ApiProblem(
          CommonProblem.VALIDATION_FAILED, "The notice is not valid; nothing was sent.", errors);
    }
    return texts;
  }

  private static void check(String field, @Nullable String value, List<FieldError> errors) {
    if (value == null || value.isBlank() || value.length() > BreachCheck.TEXT) {
      errors.add(new FieldError(field, "required", "1 to " + BreachCheck.TEXT + " characters."));
    }
  }

  private static Optional<EmailAddress> email(List<Identifier> identifiers) {
    return identifiers.stream()
        .filter(i -> i.type() == IdentifierType.EMAIL)
        .map(i -> EmailAddress.parse(i.value()))
        .filter(p -> p instanceof Parsed.Valid<EmailAddress>)
        .map(p -> ((Parsed.Valid<EmailAddress>) p).value())
        .findFirst();
  }
}
