package no.vern.dsr.oidc;

import com.google.crypto.tink.KeysetHandle;
import java.io.IOException;
import java.security.GeneralSecurityException;
import no.vern.audit.AuditTrail;
import no.vern.dsr.SelfService;
import no.vern.shared.VernSettings;
import no.vern.shared.keys.KeyFile;
import no.vern.shared.web.PublicRateLimit;
import no.vern.subject.SubjectRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * The sign-in chain, only when OpenID Connect is configured: {@code
 * /rights/signin/oidc/start/rights} sends the person to the provider (authorization code flow with
 * PKCE-capable state in a short server session), {@code /rights/signin/oidc/callback/rights} takes
 * them back. It comes before the public chain and matches nothing else; no security context
 * outlives the callback. It is rate-limited with the public chain's buckets ({@link
 * PublicRateLimit}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OidcEnabled.class)
@EnableConfigurationProperties(OidcSettings.class)
class OidcConfiguration {

  @Bean
  LazyRegistration rightsClientRegistration(OidcSettings settings) {
    return new LazyRegistration(settings);
  }

  @Bean
  OidcSignIn oidcSignIn(
      SubjectRegistry registry, SelfService selfService, AuditTrail audit, OidcSettings settings) {
    return new OidcSignIn(registry, selfService, audit, settings.claim());
  }

  /** Its key is in $VERN_KEY_DIR/dsr, generated once, like every other key file. */
  @Bean
  CookieAuthorizationRequests oidcAuthorizationRequests(VernSettings vern)
      throws IOException, GeneralSecurityException {
    KeysetHandle keyset =
        new KeyFile(vern.keys().dir().resolve("dsr/oidc-request-keyset.json"))
            .load(CookieAuthorizationRequests::newKeyset);
    return new CookieAuthorizationRequests(keyset, vern.baseUrl().startsWith("https:"));
  }

  @Bean
  @Order(0)
  SecurityFilterChain rightsSignInChain(
      HttpSecurity http,
      LazyRegistration registration,
      OidcSignIn signIn,
      CookieAuthorizationRequests requests,
      PublicRateLimit rateLimit)
      throws Exception {
    return http.securityMatcher("/rights/signin/**")
        // The public zone's limit, in the same buckets: each start costs a discovery read and a
        // signed cookie, and each callback a token exchange with the provider.
        .addFilterAfter(rateLimit.filter(), HeaderWriterFilter.class)
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .oauth2Login(
            login ->
                login
                    .clientRegistrationRepository(registration)
                    .authorizationEndpoint(
                        a ->
                            a.baseUri("/rights/signin/oidc/start")
                                .authorizationRequestRepository(requests))
                    .redirectionEndpoint(r -> r.baseUri("/rights/signin/oidc/callback/*"))
                    .successHandler(signIn)
                    .failureHandler(
                        (request, response, e) ->
                            response.sendRedirect("/rights/me?notice=FAILED")))
        .securityContext(c -> c.securityContextRepository(new NullSecurityContextRepository()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .build();
  }
}
