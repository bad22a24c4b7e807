package no.vern.cookie.log;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.vern.cookie.CookieSettings;
import no.vern.shared.VernSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class CookieLogConfiguration {

  /** After the security chain (order -100), so the public rate limit applies first. */
  static final int ORDER = 0;

  @Bean
  FilterRegistrationBean<PublicCookiesFilter> publicCookiesFilter(
      CookieSettings settings, VernSettings vern) {
    var registration =
        new FilterRegistrationBean<>(new PublicCookiesFilter(open(), posting(settings, vern)));
    registration.addUrlPatterns("/public/cookies/*", "/.well-known/gpc.json");
    registration.setOrder(ORDER);
    return registration;
  }

  /** What every site's banner reads: any origin, GET only, never credentials. */
  static CorsConfiguration open() {
    CorsConfiguration cors = new CorsConfiguration();
    cors.addAllowedOrigin("*");
    cors.setAllowedMethods(List.of("GET", "HEAD"));
    cors.setAllowedHeaders(List.of("Content-Type", "Accept", "Accept-Language"));
    cors.setAllowCredentials(false);
    cors.setMaxAge(Duration.ofHours(1));
    return cors;
  }

  /** The public forms' sites, the cookie banner's own list and Vern itself. */
  static CorsConfiguration posting(CookieSettings settings, VernSettings vern) {
    List<String> origins = new ArrayList<>();
    settings.formOrigins().stream()
        .filter(o -> !o.isBlank())
        .map(String::strip)
        .forEach(origins::add);
    settings.allowedOrigins().stream()
        .filter(o -> !o.isBlank())
        .map(String::strip)
        .forEach(origins::add);
    URI base = URI.create(vern.baseUrl());
    origins.add(base.getScheme() + "://" + base.getAuthority());
    CorsConfiguration cors = new CorsConfiguration();
    cors.setAllowedOriginPatterns(origins);
    cors.setAllowedMethods(List.of("POST"));
    cors.setAllowedHeaders(List.of("Content-Type", "Accept", "Accept-Language"));
    cors.setAllowCredentials(false);
    cors.setMaxAge(Duration.ofHours(1));
    return cors;
  }
}
