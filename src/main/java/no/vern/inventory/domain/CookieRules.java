package no.vern.inventory.domain;

import static no.vern.inventory.domain.Problems.at;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import no.vern.inventory.Cookie;
import no.vern.inventory.Inventory;

/**
 * Cookies other than the strictly necessary ones need consent (ekomloven § 3-15, ePrivacy Art.
 * 5(3)). An inventory may state legitimate interest for statistics cookies, as some Norwegian sites
 * do; Vern accepts that with a balancing test but warns, since the law generally asks for consent.
 */
final class CookieRules {

  private CookieRules() {}

  static void check(Inventory inventory, Problems problems) {
    for (int i = 0; i < inventory.cookies().size(); i++) {
      Cookie cookie = inventory.cookies().get(i);
      String path = at("cookies", i);
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
      case LEGITIMATE_INTEREST -> {
        if (cookie.category() != Cookie.Category.STATISTICS) {
          notAllowed(
              path, "Legitimate interest is accepted for statistics cookies only.", problems);
        } else if (Problems.blank(cookie.balancingTest())) {
          problems.error(
              path + ".balancingTest",
              "balancing-test-missing",
              "Legitimate interest needs a reference to the documented balancing test.");
        } else {
          problems.warning(
              path + ".legalBasis",
              "cookie-without-consent",
              "Norwegian law (ekomloven § 3-15) generally requires consent for cookies that are"
                  + " not strictly necessary; consider asking for consent instead.");
        }
      }
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
