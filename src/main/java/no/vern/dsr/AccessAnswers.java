package no.vern.dsr;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

/**
 * Answers to access and portability requests. The answer is never mailed as an attachment: the
 * person gets an expiring, single-use link to {@code /rights/download/{token}}.
 */
public interface AccessAnswers {

  /**
   * Creates an expiring single-use download link for the package of this subject.
   *
   * @param requestId the request this answers, kept with the link for the audit trail
   */
  URI issueDownload(UUID subjectId, AnswerKind kind, Locale language, UUID requestId);
}
