package no.vern.intake;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code allowedOrigins}: the websites ({@code https://www.example.no}, or a pattern such as {@code
 * https://*.example.no}) that may embed the public forms. Browsers on them may read the forms and
 * post to them (CORS); a post from any other site is refused (docs/forms.md). A lone {@code *} is
 * refused at start: it would switch that protection off for every site on the internet.
 */
@ConfigurationProperties("vern.intake.forms")
record FormsSettings(List<String> allowedOrigins) {

  FormsSettings {
    allowedOrigins =
        allowedOrigins == null
            ? List.of()
            : allowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
    if (allowedOrigins.contains("*")) {
      throw new IllegalArgumentException(
          "vern.intake.forms.allowed-origins must name the sites that embed the forms, not *");
    }
  }
}
