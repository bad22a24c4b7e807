package no.vern.intake.forms;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.vern.intake.config.IntakeSettings;
import no.vern.shared.VernSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class FormsConfiguration {

  /** After the security chain (order -100), so the public rate limit applies first. */
  static final int ORDER = 0;

  @Bean
  FilterRegistrationBean<PublicFormsFilter> publicFormsFilter(
      IntakeSettings settings, FormMessages messages, FormPage page, VernSettings vern) {
    var filter =
        new PublicFormsFilter(
            cors(settings.forms(), vern.baseUrl()),
            vern.http().maxBodySize().toBytes(),
            messages,
            page);
    var registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns("/public/forms/*");
    registration.setOrder(ORDER);
    return registration;
  }

  /** The allowed sites and Vern's own address; reading and posting only, never credentials. */
  static CorsConfiguration cors(IntakeSettings.Forms settings, String baseUrl) {
    List<String> origins = new ArrayList<>(settings.allowedOrigins());
    URI base = URI.create(baseUrl);
    origins.add(base.getScheme() + "://" + base.getAuthority());
    CorsConfiguration cors = new CorsConfiguration();
    cors.setAllowedOriginPatterns(origins);
    cors.setAllowedMethods(List.of("GET", "POST"));
    cors.setAllowedHeaders(List.of("Content-Type", "Accept", "Accept-Language"));
    cors.setAllowCredentials(false);
    cors.setMaxAge(Duration.ofHours(1));
    return cors;
  }
}
