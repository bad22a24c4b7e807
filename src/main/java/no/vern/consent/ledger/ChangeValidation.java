package no.vern.consent.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import no.vern.consent.ConsentChange;
import no.vern.consent.ConsentMethod;
import no.vern.consent.ConsentStatus;
import no.vern.consent.purpose.NoticeTexts;
import no.vern.consent.purpose.PurposeCatalogue;
import no.vern.inventory.ConsentPurpose;
import no.vern.policy.PublishedNotice;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import no.vern.subject.SubjectId;
import org.springframework.stereotype.Component;

/**
 * Checks a consent change against the active inventory and the published notices, collecting every
 * error before anything is stored. Messages never repeat the values sent.
 */
@Component
class ChangeValidation {

  static final int MAX_TEXT = 100_000;
  static final int MAX_USER_AGENT = 512;
  private static final Pattern CHANNEL =
      Pattern.compile(
          "api|banner|mail|system|preference-page|form:[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /** A change that passed: everything the ledger stores, resolved. */
  record Valid(
      SubjectId subject,
      String purpose,
      ConsentStatus status,
      int noticeVersion,
      String language,
      String textSha256,
      String channel,
      ConsentMethod method,
      String address,
      String userAgent,
      String actor) {}

  private final PurposeCatalogue catalogue;
  private final NoticeTexts notices;

  ChangeValidation(PurposeCatalogue catalogue, NoticeTexts notices) {
    this.catalogue = catalogue;
    this.notices = notices;
  }

  /** The valid change, or an {@link ApiProblem} listing every problem. */
  Valid validate(ConsentChange change) {
    List<FieldError> errors = new ArrayList<>();
    Valid valid = check(change, true, errors);
    if (!errors.isEmpty()) {
      throw invalid(errors);
    }
    return valid;
  }

  static ApiProblem invalid(List<FieldError> errors) {
    return new ApiProblem(
        CommonProblem.VALIDATION_FAILED,
        "The consent has invalid fields; nothing was recorded.",
        errors);
  }

  /**
   * Adds every problem to {@code errors}; returns the valid change when there were none. Throws a
   * {@code CONFLICT} problem when no privacy notice is published: nobody can have been informed.
   */
  Valid check(ConsentChange c, boolean subjectRequired, List<FieldError> errors) {
    int before = errors.size();
    if (subjectRequired && c.subject() == null) {
      errors.add(new FieldError("subject", "required", "Name the person."));
    }
    Optional<ConsentPurpose> purpose = Optional.empty();
    if (c.purpose() == null || c.purpose().isBlank()) {
      errors.add(new FieldError("purpose", "required", "Name the consent purpose."));
    } else {
      purpose = catalogue.current().consentPurpose(c.purpose());
      if (purpose.isEmpty()) {
        errors.add(
            new FieldError(
                "purpose", "unknown", "Not a consent purpose of the active processing inventory."));
      }
    }
    if (c.status() == null) {
      errors.add(new FieldError("status", "required", "Say what the person decided."));
    }
    String language = c.language() == null ? null : c.language().strip().toLowerCase(Locale.ROOT);
    if (!"nb".equals(language) && !"en".equals(language)) {
      errors.add(new FieldError("language", "invalid", "Must be nb or en."));
    }
    int noticeVersion = notice(c.noticeVersion(), errors);
    String hash = textHash(c, noticeVersion, language, purpose.isPresent(), errors);
    String channel = c.channel() == null ? null : c.channel().strip();
    if (channel == null || !CHANNEL.matcher(channel).matches()) {
      errors.add(
          new FieldError(
              "channel",
              "invalid",
              "Must be api, banner, mail or form:<form id> (letters, digits, . _ -)."));
    }
    if (c.method() == null) {
      errors.add(new FieldError("method", "required", "Say how the person expressed it."));
    }
    String address = null;
    if (c.clientAddress() != null && !c.clientAddress().isBlank()) {
      address = ClientAddresses.normalise(c.clientAddress()).orElse(null);
      if (address == null) {
        errors.add(new FieldError("clientAddress", "invalid", "Must be an IPv4 or IPv6 address."));
      }
    }
    String userAgent = c.userAgent() == null || c.userAgent().isBlank() ? null : c.userAgent();
    if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
      errors.add(
          new FieldError("userAgent", "length", "At most " + MAX_USER_AGENT + " characters."));
    }
    if (errors.size() > before) {
      return null;
    }
    return new Valid(
        c.subject(),
        c.purpose(),
        c.status(),
        noticeVersion,
        language,
        hash,
        channel,
        c.method(),
        address,
        userAgent,
        c.actor());
  }

  private int notice(Integer asked, List<FieldError> errors) {
    PublishedNotice latest =
        notices
            .latest()
            .orElseThrow(
                () ->
                    new ApiProblem(
                        CommonProblem.CONFLICT,
                        "No privacy notice is published yet, so nobody can have been informed;"
                            + " activate an inventory first."));
    if (asked == null) {
      return latest.version();
    }
    if (asked < 1 || asked > latest.version() || notices.inventoryOf(asked).isEmpty()) {
      errors.add(
          new FieldError(
              "noticeVersion", "unknown", "Not a published version of the privacy notice."));
      return 0;
    }
    return asked;
  }

  private String textHash(
      ConsentChange c,
      int noticeVersion,
      String language,
      boolean purposeKnown,
      List<FieldError> errors) {
    if (c.text() != null && c.textSha256() != null) {
      errors.add(new FieldError("text", "ambiguous", "Give the text or its hash, not both."));
      return null;
    }
    if (c.text() != null) {
      if (c.text().isBlank() || c.text().length() > MAX_TEXT) {
        errors.add(new FieldError("text", "length", "1 to " + MAX_TEXT + " characters."));
        return null;
      }
      return NoticeTexts.sha256(c.text());
    }
    if (c.textSha256() != null) {
      String hash = c.textSha256().strip().toLowerCase(Locale.ROOT);
      if (!SHA256.matcher(hash).matches()) {
        errors.add(new FieldError("textSha256", "invalid", "Must be 64 hexadecimal digits."));
        return null;
      }
      return hash;
    }
    if (!purposeKnown || noticeVersion == 0 || language == null) {
      return null;
    }
    Optional<ConsentPurpose> shown = notices.purpose(noticeVersion, c.purpose());
    if (shown.isEmpty()) {
      errors.add(
          new FieldError(
              "purpose",
              "not-in-notice",
              "The purpose is not in that notice version; give the text shown or its hash."));
      return null;
    }
    return NoticeTexts.sha256(NoticeTexts.shown(shown.get(), language));
  }
}
