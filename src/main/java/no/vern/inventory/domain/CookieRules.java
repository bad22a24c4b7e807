package no.vern.inventory.domain;

import static no.vern.inventory.domain.Problems.at;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import no.vern.inventory.Cookie;
import no.vern.inventory.Inventory;

/**
 * Cookies other than the strictly necessary ones need consent: ekomloven § 3-15 as in force from 1
 * January 2025 asks for consent to the GDPR standard for anything not strictly necessary, so
 * legitimate interest is refused for every category (statistics and marketing included). A cookie's
 * provider is a declared recipient (or, for the site's own cookies, a controller), so a vendor
 * outside the EEA is checked like any other recipient.
 */
final class CookieRules {

  private CookieRules() {}

  static void check(Inventory inventory, Problems problems) {
    KnownIds providers =
        new KnownIds(
            "a recipient or controller",
            java.util.stream.Stream.concat(
                    KnownIds.of("", inventory.recipients()).ids().stream(),
                    KnownIds.of("", inventory.controllers()).ids().stream())
                .toList());
    for (int i = 0; i < inventory.cookies().size(); i++) {
      Cookie cookie = inventory.cookies().get(i);
      String path = at("cookies", i);
      providers.check(cookie.provider(), path + ".provider", problems);
      if (cookie.category() != null) {
        basis(cookie, path, problems);
      }
      lifetime(cookie, path, problems);
    }
  }

  private static void basis(Cookie cookie, String path, Problems problems) {
    switch (cookie.effectiveLegalBasis()) {
      case CONSENT -> {
        if (Problems.blank(cookie.consentPurpose())) {
          problems.error(
              path + ".consentPurpose",
              "cookie-consent-purpose-missing",
              "This cookie needs consent, so name the consent purpose the banner asks for.");
        }
      }
      case LEGITIMATE_INTEREST ->
          problems.error(
              path + ".legalBasis",
              "cookie-without-consent",
              "Since 1 January 2025 ekomloven § 3-15 requires consent for every cookie that is not"
                  + " strictly necessary, statistics and marketing included: use consent and name"
                  + " the consent purpose.");
      case STRICTLY_NECESSARY -> {
        if (cookie.category() != Cookie.Category.NECESSARY) {
          notAllowed(path, "Only cookies in the category 'necessary' are exempt.", problems);
        }
      }
    }
  }

  private static void notAllowed(String path, String message, Problems problems) {
    problems.error(path + ".legalBasis", "cookie-basis-not-allowed", message);
  }

  private static void lifetime(Cookie cookie, String path, Problems problems) {
    String maxAge = cookie.maxAge();
    if (cookie.lifetime() == Cookie.Lifetime.PERSISTENT && Problems.blank(maxAge)) {
      problems.error(
          path + ".maxAge", "required", "A persistent cookie needs its maximum age, e.g. P13M.");
    } else if (cookie.lifetime() == Cookie.Lifetime.SESSION && !Problems.blank(maxAge)) {
      problems.error(
          path + ".maxAge",
          "invalid-value",
          "A session cookie ends with the browser session; remove maxAge or make it persistent.");
    } else if (!Problems.blank(maxAge) && !isoDuration(maxAge)) {
      problems.error(
          path + ".maxAge",
          "invalid-value",
          "'" + maxAge + "' is not an ISO-8601 duration; write e.g. P13M, P1Y, P1D or PT30M.");
    }
  }

  /** An ISO-8601 duration with a date part, a time part or both, such as P1Y or P1DT12H. */
  static boolean isoDuration(String text) {
    if (!text.matches(
        "P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?")) {
      return false;
    }
    int time = text.indexOf('T');
    try {
      if (time < 0) {
        Period.parse(text);
      } else {
        if (time > 1) {
          Period.parse(text.substring(0, time));
        }
        Duration.parse("P" + text.substring(time));
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
