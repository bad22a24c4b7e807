package no.vern.cookie.log;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A choice as the banner posts it, read and checked: every field to fix is named at once, and a
 * choice with any problem is refused whole (nothing stored).
 */
record ChoiceRequest(
    @Nullable UUID consentId,
    Set<CookieCategory> accepted,
    boolean gpc,
    @Nullable String pageUrl,
    @Nullable String bannerVersion,
    @Nullable String materialHash,
    @Nullable String textHash,
    @Nullable String language,
    String method) {

  static final List<String> METHODS =
      List.of("accept-all", "reject-all", "choose", "withdraw", "gpc");

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_TEXT = 200;
  private static final int MAX_URL = 2000;

  static ChoiceRequest parse(String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JacksonException unreadable) {
      throw new ApiProblem(
          CommonProblem.MALFORMED_BODY, "The body must be one JSON object (see docs/cookies.md).");
    }
    if (root == null || !root.isObject()) {
      throw new ApiProblem(
          CommonProblem.MALFORMED_BODY, "The body must be one JSON object (see docs/cookies.md).");
    }
    List<FieldError> errors = new ArrayList<>();

    UUID consentId = null;
    String id = text(root, "consentId", MAX_TEXT, errors);
    if (id != null) {
      try {
        consentId = UUID.fromString(id);
      } catch (IllegalArgumentException notAUuid) {
        errors.add(new FieldError("consentId", "invalid", "A consent id is a UUID from Vern."));
      }
    }

    Set<CookieCategory> accepted = new LinkedHashSet<>();
    JsonNode list = root.get("accepted");
    if (list != null && !list.isNull()) {
      if (!list.isArray()) {
        errors.add(new FieldError("accepted", "invalid", "A list of category ids."));
      } else {
        for (int i = 0; i < list.size(); i++) {
          JsonNode item = list.get(i);
          String value = item.isString() ? item.asString() : item.toString();
          var category = CookieCategory.of(value);
          if (category.isEmpty()) {
            errors.add(
                new FieldError(
                    "accepted[" + i + "]",
                    "unknown-category",
                    "Unknown category '"
                        + clip(value)
                        + "': use necessary, preferences, statistics or marketing."));
          } else {
            accepted.add(category.get());
          }
        }
      }
    }

    boolean gpc = false;
    JsonNode flag = root.get("gpc");
    if (flag != null && !flag.isNull()) {
      if (flag.isBoolean()) {
        gpc = flag.booleanValue();
      } else {
        errors.add(new FieldError("gpc", "invalid", "true or false."));
      }
    }

    String url = pageUrl(text(root, "url", MAX_URL, errors), errors);
    String bannerVersion = text(root, "bannerVersion", MAX_TEXT, errors);
    String materialHash = text(root, "materialHash", MAX_TEXT, errors);
    String textHash = text(root, "textHash", MAX_TEXT, errors);
    String language = text(root, "language", MAX_TEXT, errors);
    if (language != null && !List.of("nb", "en").contains(language)) {
      errors.add(new FieldError("language", "invalid", "nb or en."));
    }
    String method = text(root, "method", MAX_TEXT, errors);
    if (method == null) {
      errors.add(new FieldError("method", "required", "One of " + String.join(", ", METHODS)));
    } else if (!METHODS.contains(method)) {
      errors.add(
          new FieldError(
              "method", "invalid", "Unknown method: use one of " + String.join(", ", METHODS)));
    }

    if (!errors.isEmpty()) {
      throw new ApiProblem(
          CommonProblem.VALIDATION_FAILED,
          "The cookie choice was not recorded: fix the fields named in errors.",
          errors);
    }
    return new ChoiceRequest(
        consentId, accepted, gpc, url, bannerVersion, materialHash, textHash, language, method);
  }

  private static @Nullable String text(
      JsonNode root, String field, int max, List<FieldError> errors) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isString()) {
      errors.add(new FieldError(field, "invalid", "A string."));
      return null;
    }
    String value = node.asString().strip();
    if (value.length() > max) {
      errors.add(new FieldError(field, "too-long", "At most " + max + " characters."));
      return null;
    }
    return value.isEmpty() ? null : value;
  }

  /**
   * The page without query and fragment: those may hold search terms, tokens or e-mail addresses.
   */
  private static @Nullable String pageUrl(@Nullable String url, List<FieldError> errors) {
    if (url == null) {
      return null;
    }
    try {
      URI uri = URI.create(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http") || uri.getRawAuthority() == null) {
        throw new IllegalArgumentException("not a web page");
      }
      return scheme
          + "://"
          + uri.getRawAuthority()
          + (uri.getRawPath() == null ? "" : uri.getRawPath());
    } catch (IllegalArgumentException unreadable) {
      errors.add(new FieldError("url", "invalid", "The address of the page, http or https."));
      return null;
    }
  }

  private static String clip(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
