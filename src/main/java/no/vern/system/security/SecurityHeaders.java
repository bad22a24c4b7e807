package no.vern.system.security;

import no.vern.system.web.EveryAnswerHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every response carries, whatever the zone. Spring's defaults stay on as well:
 * nosniff, HSTS on secure requests only, and Cache-Control no-store (admin pages and API answers
 * may hold personal data, so no browser or proxy may keep them). Answers made outside the chains
 * get the same set from {@link EveryAnswerHeaders}.
 */
final class SecurityHeaders {

  static final String CONTENT_SECURITY_POLICY = EveryAnswerHeaders.CONTENT_SECURITY_POLICY;

  private SecurityHeaders() {}

  static void apply(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
        .frameOptions(frame -> frame.deny());
  }
}
