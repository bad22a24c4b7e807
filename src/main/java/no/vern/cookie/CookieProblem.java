package no.vern.cookie;

import no.vern.shared.problem.ProblemType;
import org.springframework.http.HttpStatus;

/** Problems of the cookie module. Described in docs/errors.md; a type never changes. */
public enum CookieProblem implements ProblemType {
  /** A choice posted from a site that is neither Vern nor one of the allowed sites. */
  COOKIE_ORIGIN_NOT_ALLOWED(HttpStatus.FORBIDDEN, "Site not allowed to record cookie choices"),
  /** No choice was ever recorded under this consent id (or it was purged). */
  COOKIE_CONSENT_NOT_FOUND(HttpStatus.NOT_FOUND, "Unknown consent id"),
  /** The log's writer could not confirm a choice as stored in time (or Vern is shutting down). */
  COOKIE_LOG_BUSY(HttpStatus.SERVICE_UNAVAILABLE, "Cookie choice not stored; try again");

  private final HttpStatus status;
  private final String title;

  CookieProblem(HttpStatus status, String title) {
    this.status = status;
    this.title = title;
  }

  @Override
  public HttpStatus status() {
    return status;
  }

  @Override
  public String title() {
    return title;
  }
}
