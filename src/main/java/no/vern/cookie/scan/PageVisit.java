package no.vern.cookie.scan;

import org.jspecify.annotations.Nullable;

/**
 * One page in one pass, and whether it could be read. A page that did not load (unreachable, an
 * HTTP error, a timeout) is {@code failed} and never counts as clean.
 *
 * @param failure why it failed ({@code unreachable}, {@code http-404}, {@code timeout}, ...); null
 *     when it loaded
 * @param consentControl on the page where the pass makes its choice: how the button was found
 *     ({@code vern}, {@code known:<selector>}, {@code text:<words>}) or {@code none}; null
 *     elsewhere
 */
public record PageVisit(
    String url, ScanPass pass, @Nullable String failure, @Nullable String consentControl) {

  public boolean failed() {
    return failure != null;
  }
}
