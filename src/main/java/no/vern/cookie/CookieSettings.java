package no.vern.cookie;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cookie module's settings ({@code vern.cookies.*}, docs/cookies.md).
 *
 * <ul>
 *   <li>{@code maxAge}: how long a choice stands before the banner asks again (default 12 months);
 *   <li>{@code googleConsentMode}, {@code floatingButton}: what the banner does on the site;
 *   <li>{@code allowedOrigins}: the sites that may post choices, next to {@code formOrigins} (the
 *       public forms' sites, {@code VERN_FORMS_ALLOWED_ORIGINS}) and Vern's own address;
 *   <li>{@code addressKey}: the HMAC key (base64) the client address is hashed with; blank: a file
 *       under {@code vern.keys.dir/cookie}, made on first start;
 *   <li>{@code receiptKeys}: the Ed25519 JWK set signing receipts; blank: a file as above;
 *   <li>{@code logRetention}: how long a row of the log is kept after the choice (default 3 years)
 *       and {@code purgeDelay}: the time between runs of {@code cookie.log-purge};
 *   <li>{@code gpcLastUpdate}: the date {@code /.well-known/gpc.json} states.
 * </ul>
 */
@ConfigurationProperties("vern.cookies")
public record CookieSettings(
    @DefaultValue("P12M") Period maxAge,
    @DefaultValue("false") boolean googleConsentMode,
    @DefaultValue("true") boolean floatingButton,
    @DefaultValue List<String> allowedOrigins,
    @DefaultValue List<String> formOrigins,
    @DefaultValue("") String addressKey,
    @DefaultValue("") String receiptKeys,
    @DefaultValue("P3Y") Period logRetention,
    @DefaultValue("6h") Duration purgeDelay,
    @DefaultValue("2026-12-06") LocalDate gpcLastUpdate) {

  /** The maximum age in days, as the banner counts it (a month as 30 days, a year as 365). */
  public int maxAgeDays() {
    long days = maxAge.toTotalMonths() * 365 / 12 + maxAge.getDays();
    return days <= 0 ? 365 : (int) Math.min(days, 3650);
  }
}
