package no.vern.cookie.log;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.vern.inventory.Cookie;

/**
 * The banner's four categories, always all four and in this order, so the banner never treats a
 * category it does not know. The Google Consent Mode storage types each one stands for.
 */
enum CookieCategory {
  NECESSARY(Cookie.Category.NECESSARY, List.of("security_storage")),
  PREFERENCES(
      Cookie.Category.PREFERENCES, List.of("functionality_storage", "personalization_storage")),
  STATISTICS(Cookie.Category.STATISTICS, List.of("analytics_storage")),
  MARKETING(Cookie.Category.MARKETING, List.of("ad_storage", "ad_user_data", "ad_personalization"));

  private final Cookie.Category inventory;
  private final List<String> consentMode;

  CookieCategory(Cookie.Category inventory, List<String> consentMode) {
    this.inventory = inventory;
    this.consentMode = consentMode;
  }

  String id() {
    return inventory.code();
  }

  Cookie.Category inventory() {
    return inventory;
  }

  List<String> consentMode() {
    return consentMode;
  }

  static Optional<CookieCategory> of(String id) {
    return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
  }
}
