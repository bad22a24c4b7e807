package no.vern.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.vern.access.BearerTokens;
import no.vern.access.TokenCheck;
import no.vern.shared.web.RequestFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Authenticates {@code Authorization: Bearer vern_...} through the access module. A request without
 * the header passes on as anonymous (authorization decides); a refused token is answered 401 at
 * once, the same answer whether it was malformed, unknown, expired or revoked: telling which would
 * confirm to the holder of a leaked secret that it was real (the audit trail keeps the reason).
 */
final class BearerTokenFilter extends RequestFilter {

  private static final String SCHEME = "Bearer ";
  static final String INVALID_TOKEN = "The API token is not valid.";

  private final BearerTokens tokens;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  BearerTokenFilter(BearerTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      chain.doFilter(request, response);
      return;
    }
    if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      ApiProblemAnswers.unauthenticated(
          response, "invalid_request", "Vern's API takes 'Authorization: Bearer vern_...' only.");
      return;
    }
    TokenCheck check = tokens.check(header.substring(SCHEME.length()).strip());
    if (check instanceof TokenCheck.Rejected) {
      // One answer for malformed, unknown, expired and revoked alike; the audit entry keeps which.
      ApiProblemAnswers.unauthenticated(response, "invalid_token", INVALID_TOKEN);
      return;
    }
    TokenCheck.Accepted accepted = (TokenCheck.Accepted) check;
    SecurityContext context = contexts.createEmptyContext();
    context.setAuthentication(new ApiTokenAuthentication(accepted.tokenId(), accepted.roles()));
    contexts.setContext(context);
    chain.doFilter(request, response);
  }
}
