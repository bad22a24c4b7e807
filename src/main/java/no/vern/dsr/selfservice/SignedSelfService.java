package no.vern.dsr.selfservice;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.dsr.DsrAnswerAuditAction;
import no.vern.dsr.DsrAnswerSettings;
import no.vern.dsr.SelfService;
import no.vern.shared.VernSettings;
import no.vern.subject.SubjectId;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Service;

/**
 * The self-service session as a signed cookie, {@code VERN_RIGHTS}, on {@code /rights} only:
 * HttpOnly, SameSite=Lax (the sign-in returns from the identity provider's site, and a Strict
 * cookie would not come along on that redirect; posts are guarded by their origin instead), Secure
 * when the base URL is HTTPS, and short ({@code vern.dsr.answers.session-ttl}). No server state:
 * signing out deletes the cookie, and a copied cookie works until it expires.
 */
@Service
class SignedSelfService implements SelfService {

  static final String COOKIE = "VERN_RIGHTS";

  private final SessionTokens tokens;
  private final AuditTrail audit;
  private final Clock clock;
  private final DsrAnswerSettings settings;
  private final boolean secure;

  SignedSelfService(
      SessionTokens tokens,
      AuditTrail audit,
      Clock clock,
      DsrAnswerSettings settings,
      VernSettings vern) {
    this.tokens = tokens;
    this.audit = audit;
    this.clock = clock;
    this.settings = settings;
    this.secure = vern.baseUrl().startsWith("https:");
  }

  @Override
  public void open(HttpServletResponse response, UUID subjectId) {
    String token =
        tokens.issue(new SubjectId(subjectId), clock.instant().plus(settings.sessionTtl()));
    response.addHeader("Set-Cookie", cookie(token, settings.sessionTtl().toSeconds()));
    audit.record(
        AuditActor.system("self-service")
            .did(
                DsrAnswerAuditAction.SELF_SERVICE_OPENED,
                "subject",
                subjectId.toString(),
                Outcome.SUCCESS));
  }

  /** The person of a live session, if the request carries one. */
  Optional<SubjectId> current(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(c -> COOKIE.equals(c.getName()))
        .map(c -> tokens.read(c.getValue(), clock.instant()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  void close(HttpServletResponse response) {
    response.addHeader("Set-Cookie", cookie("", 0));
  }

  private String cookie(String value, long maxAge) {
    return ResponseCookie.from(COOKIE, value)
        .path("/rights")
        .httpOnly(true)
        .secure(secure)
        .sameSite("Lax")
        .maxAge(maxAge)
        .build()
        .toString();
  }
}
