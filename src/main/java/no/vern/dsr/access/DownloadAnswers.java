package no.vern.dsr.access;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.dsr.AccessAnswers;
import no.vern.dsr.AnswerKind;
import no.vern.dsr.DsrAnswerAuditAction;
import no.vern.dsr.DsrAnswerSettings;
import no.vern.mail.Language;
import no.vern.shared.VernSettings;
import no.vern.subject.SubjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Download links: 32 random bytes, kept only as a hash, working once until {@code linkTtl} has
 * passed. The package is built when the link is used, so it shows the data as it is then.
 */
@Service
class DownloadAnswers implements AccessAnswers {

  /** The actor the subject module records for the reads behind a mailed link. */
  static final String ACTOR = "system:dsr-download";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final DownloadLinks links;
  private final AnswerFiles files;
  private final AuditTrail audit;
  private final Clock clock;
  private final DsrAnswerSettings settings;
  private final String baseUrl;

  DownloadAnswers(
      DownloadLinks links,
      AnswerFiles files,
      AuditTrail audit,
      Clock clock,
      DsrAnswerSettings settings,
      VernSettings vern) {
    this.links = links;
    this.files = files;
    this.audit = audit;
    this.clock = clock;
    this.settings = settings;
    this.baseUrl = vern.baseUrl();
  }

  @Override
  @Transactional
  public URI issueDownload(UUID subjectId, AnswerKind kind, Locale language, UUID requestId) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    String tag = Language.of(language.getLanguage()).orElse(Language.NB).tag();
    links.insert(token, subjectId, kind, tag, requestId, now, now.plus(settings.linkTtl()));
    audit.record(
        AuditActor.current()
            .did(
                DsrAnswerAuditAction.ANSWER_LINK_ISSUED,
                "subject",
                subjectId.toString(),
                Outcome.SUCCESS));
    return URI.create(baseUrl + "/rights/download/" + token);
  }

  Optional<AnswerKind> usable(String token) {
    return links.usable(token, clock.instant());
  }

  /**
   * Uses the link and builds its answer in one transaction: if the build fails, the link still
   * works. A refused try is audited too, without the token.
   */
  @Transactional
  public Optional<AnswerFiles.Archive> download(String token) {
    Optional<DownloadLinks.Used> used = links.use(token, clock.instant());
    if (used.isEmpty()) {
      audit.record(
          AuditActor.current()
              .did(DsrAnswerAuditAction.ANSWER_LINK_REFUSED, "download", "", Outcome.DENIED));
      return Optional.empty();
    }
    DownloadLinks.Used link = used.get();
    SubjectId subject = new SubjectId(link.subject());
    AnswerFiles.Archive archive = files.of(subject, link.kind(), link.language(), ACTOR);
    audit.recordDurably(
        AuditActor.system("dsr-download")
            .did(
                DsrAnswerAuditAction.ANSWER_DOWNLOADED,
                "subject",
                subject.toString(),
                Outcome.SUCCESS));
    return Optional.of(archive);
  }
}
