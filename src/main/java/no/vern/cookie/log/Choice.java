package no.vern.cookie.log;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One recorded choice: a row of the cookie-consent log. */
record Choice(
    long id,
    UUID consentId,
    Instant recordedAt,
    List<String> accepted,
    List<String> refused,
    String method,
    boolean gpc,
    boolean gpcApplied,
    String bannerVersion,
    @Nullable Integer noticeVersion,
    String materialHash,
    String textHash,
    String language,
    @Nullable String pageUrl,
    @Nullable String userAgent) {}
