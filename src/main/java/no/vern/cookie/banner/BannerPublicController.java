package no.vern.cookie.banner;

import java.time.Duration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the cookie banner (docs/cookie-banner.md): one script, its CSS inside, for any site to
 * load. Five minutes of caching, so a new Vern version reaches the sites within minutes while a
 * visitor's page views do not fetch it again and again.
 */
@Controller
class BannerPublicController {

  static final String PATH = "/public/cookies/banner.js";
  private static final Resource SCRIPT = new ClassPathResource("cookie/banner/banner.js");
  private static final MediaType JAVASCRIPT =
      MediaType.parseMediaType("application/javascript;charset=utf-8");

  @GetMapping(PATH)
  ResponseEntity<Resource> script() {
    return ResponseEntity.ok()
        .contentType(JAVASCRIPT)
        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
        .body(SCRIPT);
  }
}
