package no.vern.system.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Bokmål or English. An explicit choice (the {@code lang} parameter, remembered in a cookie) wins;
 * otherwise the browser's Accept-Language, where Norwegian in any form (nb, no, nn) means Bokmål;
 * otherwise Bokmål, since Vern is Norway-first. Kept in a cookie so any instance can serve it.
 */
public class LanguageResolver implements LocaleResolver {

  public static final Locale BOKMAL = Locale.forLanguageTag("nb");
  public static final Locale ENGLISH = Locale.ENGLISH;
  static final String COOKIE = "vern_lang";

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    // A choice made in this very request wins over the cookie the browser sent with it.
    if (request.getAttribute(COOKIE) instanceof Locale justChosen) {
      return justChosen;
    }
    Locale chosen = fromCookie(request);
    if (chosen != null) {
      return chosen;
    }
    for (Locale.LanguageRange range : acceptLanguage(request)) {
      Locale match = supported(range.getRange());
      if (match != null) {
        return match;
      }
    }
    return BOKMAL;
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    Locale supported = locale == null ? null : supported(locale.getLanguage());
    Cookie cookie = new Cookie(COOKIE, supported == null ? "" : supported.getLanguage());
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setMaxAge(supported == null ? 0 : (int) Duration.ofDays(365).toSeconds());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    if (supported != null) {
      request.setAttribute(COOKIE, supported);
    }
  }

  /** Maps a language tag to one Vern speaks, or null. */
  public static Locale supported(String tag) {
    String language = tag == null ? "" : tag.toLowerCase(Locale.ROOT).split("[-_]")[0];
    return switch (language) {
      case "nb", "no", "nn" -> BOKMAL;
      case "en" -> ENGLISH;
      default -> null;
    };
  }

  private static Locale fromCookie(HttpServletRequest request) {
    if (request.getCookies() == null) {
      return null;
    }
    for (Cookie c : request.getCookies()) {
      if (COOKIE.equals(c.getName())) {
        return supported(c.getValue());
      }
    }
    return null;
  }

  private static List<Locale.LanguageRange> acceptLanguage(HttpServletRequest request) {
    String header = request.getHeader("Accept-Language");
    if (header == null || header.isBlank()) {
      return List.of();
    }
    try {
      return Locale.LanguageRange.parse(header);
    } catch (IllegalArgumentException malformed) {
      return List.of();
    }
  }
}
