package no.vern.cookie.log;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the banner shows on the site, in one language, and the versions a choice is recorded
 * against. {@code answer} is the JSON body of {@code GET /public/cookies/config}.
 */
record BannerConfig(
    String language,
    String bannerVersion,
    Integer noticeVersion,
    String materialHash,
    String textHash,
    Set<String> restrictedByGpc,
    Map<String, Object> answer) {

  static final List<String> TEXT_KEYS =
      List.of(
          "title",
          "body",
          "acceptAll",
          "rejectAll",
          "choose",
          "save",
          "settings",
          "close",
          "gpcHonoured",
          "alwaysOn",
          "cookiesIn",
          "receipt",
          "placeholder",
          "placeholderButton",
          "lifetimeSession",
          "party.first-party",
          "party.third-party");
}
