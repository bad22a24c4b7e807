package no.vern.cookie.log;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Records a visitor's choice: which categories it accepts and refuses after the method and Global
 * Privacy Control are applied, against the banner, notice and texts in force. The row is appended
 * through {@link ChoiceWriter}'s group commit with {@code synchronous_commit = on}, so a 201 means
 * the choice is on disk, whatever the server's default.
 */
@Service
class ChoiceRecorder {

  private final ChoiceWriter writer;
  private final BannerConfigs configs;
  private final AddressHashes addresses;
  private final Clock clock;

  ChoiceRecorder(ChoiceWriter writer, BannerConfigs configs, AddressHashes addresses, Clock clock) {
    this.writer = writer;
    this.configs = configs;
    this.addresses = addresses;
    this.clock = clock;
  }

  /**
   * @param gpcHeader whether the request carried {@code Sec-GPC: 1}
   * @param requestLanguage the language when the body names none
   */
  Choice record(
      ChoiceRequest request,
      boolean gpcHeader,
      String requestLanguage,
      String clientAddress,
      @Nullable String userAgent) {
    String language = request.language() == null ? requestLanguage : request.language();
    BannerConfig config = configs.current(language, gpcHeader);
    boolean gpc = request.gpc() || gpcHeader;

    Set<CookieCategory> accepted = EnumSet.of(CookieCategory.NECESSARY);
    switch (request.method()) {
      case "accept-all" -> accepted.addAll(EnumSet.allOf(CookieCategory.class));
      case "reject-all", "withdraw" -> {}
      default -> accepted.addAll(request.accepted());
    }
    boolean gpcApplied = false;
    // An explicit choice in the banner wins over the browser's signal; nothing else does.
    if (gpc && !"choose".equals(request.method())) {
      for (String restricted : config.restrictedByGpc()) {
        gpcApplied |= accepted.remove(CookieCategory.of(restricted).orElseThrow());
      }
    }
    List<String> yes = new ArrayList<>();
    List<String> no = new ArrayList<>();
    for (CookieCategory category : CookieCategory.values()) {
      (accepted.contains(category) ? yes : no).add(category.id());
    }

    Choice choice =
        new Choice(
            0,
            request.consentId() == null ? UUID.randomUUID() : request.consentId(),
            Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
            yes,
            no,
            request.method(),
            gpc,
            gpcApplied,
            orElse(request.bannerVersion(), config.bannerVersion()),
            config.noticeVersion(),
            orElse(request.materialHash(), config.materialHash()),
            orElse(request.textHash(), config.textHash()),
            language,
            request.pageUrl(),
            userAgent == null ? null : clip(userAgent, 500));
    writer.append(choice, addresses.of(clientAddress));
    return choice;
  }

  private static String orElse(@Nullable String sent, String current) {
    return sent == null ? current : sent;
  }

  private static String clip(String value, int max) {
    return value.length() > max ? value.substring(0, max) : value;
  }
}
