package no.vern.subject;

import org.springframework.dao.ConcurrencyFailureException;

/**
 * A resolve inside the caller's transaction met a concurrent resolve of the same identifier. The
 * caller's transaction is lost; running it again finds the subject the other one stored.
 */
public class ConcurrentResolveException extends ConcurrencyFailureException {

  ConcurrentResolveException(Throwable cause) {
    super("A concurrent resolve stored one of these identifiers first; retry", cause);
  }
}
