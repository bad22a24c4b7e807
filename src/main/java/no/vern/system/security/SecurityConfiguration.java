package no.vern.system.security;

import no.vern.access.BearerTokens;
import no.vern.access.Credentials;
import no.vern.shared.VernSettings;
import no.vern.shared.web.PublicRateLimit;
import no.vern.system.web.ContainerAnswers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * Three zones, three chains, tried in order: the API (bearer tokens, no session), the admin area
 * (form login, CSRF, sessions in PostgreSQL), and everything else (public, rate limited).
 */
@Configuration(proxyBeanMethods = false)
// The command-line verbs (for example `audit verify`) run without a web server and need no chains.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

  // Public-zone buckets kept at most; see ClientBuckets for why this bound is harmless.
  private static final int MAX_TRACKED_CLIENTS = 10_000;

  /**
   * The one way to sign in. As a bean it becomes the global authentication manager's provider (so
   * Boot adds no default in-memory user); it is deliberately not added to the admin chain as well,
   * because the chain's manager falls back to the global one and would count a failure twice.
   */
  @Bean
  AdminAuthenticationProvider adminAuthenticationProvider(Credentials credentials) {
    return new AdminAuthenticationProvider(credentials);
  }

  /** Found by Spring Security's WebSecurity and used for every firewall rejection. */
  @Bean
  FirewallAnswers firewallAnswers(ContainerAnswers answers) {
    return new FirewallAnswers(answers);
  }

  /**
   * No observation of the security filter chain, its authentications or authorisations. The {@code
   * management.observations.enable.spring.security: false} setting only turned the observations
   * into no-ops: Spring Security still wrapped every filter of every request in an observing
   * decorator, with its names and contexts, about a twentieth of what a cookie choice allocates
   * (bench/COOKIE.md). The request metric {@code http.server.requests} is not affected. Static:
   * read by Spring Security's post-processors, before this configuration is built.
   */
  @Bean
  static SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  /**
   * Found by Spring Security's WebSecurity: the default firewall's rules, checked without regexes
   * (see {@link FirewallCharacters}).
   */
  @Bean
  StrictHttpFirewall httpFirewall() {
    return FirewallCharacters.firewall();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, BearerTokens tokens) throws Exception {
    ApiProblemAnswers answers = new ApiProblemAnswers();
    return http.securityMatcher("/api/**", "/actuator/**")
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .requestMatchers("/actuator/prometheus")
                    .hasRole("ADMIN")
                    .requestMatchers("/api/v1/tokens/**")
                    .hasRole("ADMIN")
                    // A connected system's callback: its HMAC signature over the body is its
                    // credential, checked by dsr.systems, which refuses everything else (401).
                    .requestMatchers(HttpMethod.POST, "/api/v1/tasks/*/callback")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(answers).accessDeniedHandler(answers))
        .headers(SecurityHeaders::apply)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain adminChain(HttpSecurity http, Credentials credentials) throws Exception {
    AdminLoginHandlers handlers = new AdminLoginHandlers(credentials);
    return http.securityMatcher("/admin/**")
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(AdminLoginHandlers.LOGIN_PAGE)
                    .permitAll()
                    .requestMatchers("/admin/users/**", "/admin/tokens/**")
                    .hasRole("ADMIN")
                    // Other pages decide by role themselves (@PreAuthorize), e.g. the audit trail.
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage(AdminLoginHandlers.LOGIN_PAGE)
                    .loginProcessingUrl(AdminLoginHandlers.LOGIN_PAGE)
                    .usernameParameter("username")
                    .passwordParameter("password")
                    // The address the sign-in throttle counts by, as the public rate limit does.
                    .authenticationDetailsSource(ClientAddress::of)
                    .successHandler(handlers)
                    .failureHandler(handlers))
        .logout(
            logout ->
                logout
                    .logoutUrl("/admin/logout")
                    .addLogoutHandler(handlers)
                    .logoutSuccessUrl(AdminLoginHandlers.LOGIN_PAGE + "?logout"))
        // A new session id at login, so a session id planted before login is worth nothing.
        .sessionManagement(s -> s.sessionFixation(fixation -> fixation.changeSessionId()))
        .addFilterAfter(new PasswordChangeGate(credentials), AnonymousAuthenticationFilter.class)
        .headers(SecurityHeaders::apply)
        .build();
  }

  /**
   * One set of buckets for the public zone, shared with modules' own public chains. Not a {@code
   * Filter} bean: Boot would register that for every request, the API's and the admin's too.
   */
  @Bean
  PublicRateLimit publicRateLimit(VernSettings vern) {
    int perMinute = vern.publicZone().requestsPerMinute();
    ClientBuckets buckets = new ClientBuckets(perMinute, MAX_TRACKED_CLIENTS, System::nanoTime);
    return () -> new PublicRateLimitFilter(buckets);
  }

  @Bean
  @Order(3)
  SecurityFilterChain publicChain(HttpSecurity http, PublicRateLimit rateLimit) throws Exception {
    return http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .addFilterAfter(rateLimit.filter(), HeaderWriterFilter.class)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // No CSRF token: nothing here is authenticated by a cookie or session, so a forged request
        // cannot act as anyone. The public forms (/public/forms/**) refuse posts whose Origin or
        // Referer is neither Vern nor a site in vern.intake.forms.allowed-origins, and answer CORS
        // for those sites only, without credentials (intake.forms.PublicFormsFilter,
        // docs/forms.md).
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .headers(SecurityHeaders::apply)
        .build();
  }
}
