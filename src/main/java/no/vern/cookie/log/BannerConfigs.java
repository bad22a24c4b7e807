package no.vern.cookie.log;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.vern.cookie.CookieSettings;
import no.vern.inventory.Cookie;
import no.vern.inventory.Inventory;
import no.vern.inventory.InventoryActivated;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import no.vern.policy.PrivacyNotices;
import no.vern.policy.PublishedNotice;
import no.vern.shared.VernSettings;
import no.vern.shared.cache.Rechecked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Builds the banner's configuration from the active inventory's {@code cookies:} section and the
 * texts of the {@code cookie-log} bundle. Two hashes tell versions apart: the material hash changes
 * when what is stored on the visitor's device changes (categories, names, providers, lifetimes,
 * party, sale or sharing), and the banner then asks again; the text hash changes with any word the
 * banner shows in that language, so a recorded choice names the exact texts it was made under.
 */
@Component
class BannerConfigs {

  private final ProcessingInventory inventories;
  private final PrivacyNotices notices;
  private final MessageSource messages;
  private final CookieSettings settings;
  private final VernSettings vern;
  private final Map<String, BannerConfig> built = new ConcurrentHashMap<>();
  private final Rechecked<InForce> inForce;

  /** The inventory and notice versions in force, as every choice and configuration needs them. */
  private record InForce(Optional<InventoryVersion> active, @Nullable Integer noticeVersion) {}

  BannerConfigs(
      ProcessingInventory inventories,
      PrivacyNotices notices,
      MessageSource messages,
      CookieSettings settings,
      VernSettings vern) {
    this.inventories = inventories;
    this.notices = notices;
    this.messages = messages;
    this.settings = settings;
    this.vern = vern;
    // Read again at most once a second (another instance's activation), at once after one here.
    this.inForce =
        new Rechecked<>(
            Duration.ofSeconds(1),
            () ->
                new InForce(
                    inventories.active(),
                    notices.latest().map(PublishedNotice::version).orElse(null)));
  }

  // After commit but synchronous and unregistered: the next choice sees the new versions.
  @TransactionalEventListener(fallbackExecution = true)
  void activated(InventoryActivated activated) {
    inForce.invalidate();
  }

  static String language(String requested) {
    return requested != null && requested.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "nb";
  }

  /**
   * The configuration in force. Built once per inventory version, notice version and language (a
   * version never changes), and the numbers in force are kept for a second, so a choice costs no
   * query here.
   */
  BannerConfig current(String language, boolean gpc) {
    InForce inForce = this.inForce.get();
    Optional<InventoryVersion> active = inForce.active();
    Integer noticeVersion = inForce.noticeVersion();
    String key =
        active.map(InventoryVersion::number).orElse(0) + "/" + noticeVersion + "/" + language;
    if (built.size() > 64) {
      built.clear();
    }
    BannerConfig config = built.computeIfAbsent(key, k -> build(active, noticeVersion, language));
    if (!gpc) {
      return config;
    }
    Map<String, Object> answer = new LinkedHashMap<>(config.answer());
    answer.put("gpc", true);
    return new BannerConfig(
        config.language(),
        config.bannerVersion(),
        config.noticeVersion(),
        config.materialHash(),
        config.textHash(),
        config.restrictedByGpc(),
        answer);
  }

  private BannerConfig build(
      Optional<InventoryVersion> active, Integer noticeVersion, String language) {
    Inventory inventory = active.map(InventoryVersion::inventory).orElse(null);
    List<Cookie> cookies = inventory == null ? List.of() : inventory.cookies();
    Locale locale = Locale.forLanguageTag(language);

    StringBuilder material = new StringBuilder();
    StringBuilder text = new StringBuilder();
    Map<String, Object> texts = new LinkedHashMap<>();
    for (String key : BannerConfig.TEXT_KEYS) {
      String value = messages.getMessage("cookie.banner." + key, null, locale);
      texts.put(key, value);
      line(text, key, value);
    }

    Set<String> restricted = new LinkedHashSet<>();
    List<Map<String, Object>> categories = new ArrayList<>();
    for (CookieCategory category : CookieCategory.values()) {
      List<Cookie> inCategory =
          cookies.stream().filter(c -> c.category() == category.inventory()).toList();
      boolean restrictedByGpc =
          category == CookieCategory.MARKETING
              || inCategory.stream().anyMatch(Cookie::forSaleOrSharing);
      if (restrictedByGpc) {
        restricted.add(category.id());
      }
      String name = messages.getMessage("cookie.category." + category.id(), null, locale);
      String description =
          messages.getMessage("cookie.category." + category.id() + ".about", null, locale);
      line(text, category.id(), name, description);
      if (!inCategory.isEmpty()) {
        line(material, "category", category.id(), String.valueOf(restrictedByGpc));
      }
      List<Map<String, Object>> declared = new ArrayList<>();
      for (Cookie cookie : inCategory) {
        boolean session = cookie.lifetime() == Cookie.Lifetime.SESSION;
        String provider = providerName(inventory, cookie.provider(), language);
        String purpose = cookie.purpose() == null ? "" : cookie.purpose().in(language);
        String lifetime =
            session || cookie.maxAge() == null
                ? (String) texts.get("lifetimeSession")
                : Lifetimes.words(cookie.maxAge(), language);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", cookie.name());
        c.put("pattern", cookie.name().endsWith("*"));
        c.put("provider", provider);
        c.put("purpose", purpose);
        c.put("session", session);
        c.put("maxAge", session ? null : cookie.maxAge());
        c.put("lifetime", lifetime);
        c.put("party", cookie.party() == null ? null : cookie.party().code());
        c.put("saleOrSharing", cookie.forSaleOrSharing());
        declared.add(c);
        line(
            material,
            "cookie",
            category.id(),
            cookie.name(),
            cookie.provider(),
            String.valueOf(cookie.lifetime() == null ? "" : cookie.lifetime().code()),
            String.valueOf(cookie.maxAge()),
            String.valueOf(c.get("party")),
            String.valueOf(cookie.forSaleOrSharing()));
        line(text, cookie.name(), provider, purpose, lifetime);
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", category.id());
      entry.put("required", category == CookieCategory.NECESSARY);
      entry.put("name", name);
      entry.put("description", description);
      entry.put("restrictedByGpc", restrictedByGpc);
      entry.put("consentMode", category.consentMode());
      entry.put("cookies", declared);
      categories.add(entry);
    }

    String materialHash = sha256(material.toString());
    String textHash = sha256(text.toString());
    int inventoryNumber = active.map(InventoryVersion::number).orElse(0);
    String bannerVersion = inventoryNumber + "-" + materialHash.substring(0, 12);

    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("language", language);
    answer.put("bannerVersion", bannerVersion);
    answer.put("noticeVersion", noticeVersion);
    answer.put("materialHash", materialHash);
    answer.put("textHash", textHash);
    answer.put("privacyUrl", vern.baseUrl() + "/privacy?lang=" + language + "#cookies");
    answer.put("consentsUrl", vern.baseUrl() + "/public/cookies/consents");
    answer.put("maxAgeDays", settings.maxAgeDays());
    answer.put("consentCookie", "vern_consent");
    answer.put("googleConsentMode", settings.googleConsentMode());
    answer.put("floatingButton", settings.floatingButton());
    answer.put("gpc", false);
    answer.put("texts", texts);
    answer.put("categories", categories);
    return new BannerConfig(
        language, bannerVersion, noticeVersion, materialHash, textHash, restricted, answer);
  }

  private static String providerName(Inventory inventory, String id, String language) {
    if (inventory == null || id == null) {
      return id == null ? "" : id;
    }
    var recipient = inventory.recipients().stream().filter(r -> id.equals(r.id())).findFirst();
    if (recipient.isPresent() && recipient.get().name() != null) {
      String name = recipient.get().name().in(language);
      return name == null ? id : name;
    }
    return inventory.controllers().stream()
        .filter(c -> id.equals(c.id()))
        .map(c -> c.name())
        .findFirst()
        .orElse(id);
  }

  /** One line per item, fields split by a character no text holds, so no two inputs collide. */
  private static void line(StringBuilder into, String... fields) {
    into.append(String.join("\u001f", fields)).append('\n');
  }

  static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
    }
  }
}
