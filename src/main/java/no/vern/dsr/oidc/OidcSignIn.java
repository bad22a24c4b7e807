package no.vern.dsr.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.dsr.DsrAnswerAuditAction;
import no.vern.dsr.SelfService;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * What a successful sign-in leads to: the identity number in the configured claim is looked up
 * through the blind index (never stored, never logged); a known person gets a self-service session,
 * and either way the sign-in's own session is dropped, since Vern keeps nothing of the login but
 * the signed cookie. An unknown person is told that Vern holds nothing about them: they proved who
 * they are, so this reveals nothing to anyone else.
 */
public class OidcSignIn implements AuthenticationSuccessHandler {

  private static final Logger LOG = LoggerFactory.getLogger(OidcSignIn.class);

  private final SubjectRegistry registry;
  private final SelfService selfService;
  private final AuditTrail audit;
  private final String claim;

  OidcSignIn(SubjectRegistry registry, SelfService selfService, AuditTrail audit, String claim) {
    this.registry = registry;
    this.selfService = selfService;
    this.audit = audit;
    this.claim = claim;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    Optional<SubjectId> subject = subjectOf(authentication);
    SecurityContextHolder.clearContext();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    if (subject.isEmpty()) {
      audit.record(
          AuditActor.system("oidc")
              .did(DsrAnswerAuditAction.OIDC_NO_SUBJECT, "subject", "", Outcome.SUCCESS));
      response.sendRedirect("/rights/me?notice=NONE");
      return;
    }
    audit.record(
        AuditActor.system("oidc")
            .did(
                DsrAnswerAuditAction.OIDC_SIGNED_IN,
                "subject",
                subject.get().toString(),
                Outcome.SUCCESS));
    selfService.open(response, subject.get().value());
    response.sendRedirect("/rights/me");
  }

  private Optional<SubjectId> subjectOf(Authentication authentication) {
    if (!(authentication.getPrincipal() instanceof OidcUser user)) {
      return Optional.empty();
    }
    Object value = user.getClaims().get(claim);
    if (!(value instanceof String number)) {
      LOG.warn("Signed in without the {} claim; nobody matched", claim);
      return Optional.empty();
    }
    try {
      return registry.find(new Identifier(IdentifierType.NATIONAL_ID, number));
    } catch (IllegalArgumentException invalid) {
      LOG.warn("The {} claim is not a valid national identity number; nobody matched", claim);
      return Optional.empty();
    }
  }
}
