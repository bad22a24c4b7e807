package no.vern.subject;

import org.springframework.dao.DataAccessException;

/**
 * The database refused a batch; nothing of it was stored. The message and cause never hold values.
 * Storing the entries one batch each tells which of them the database refuses.
 */
public class BatchNotStoredException extends DataAccessException {

  BatchNotStoredException(String message, Throwable cause) {
    super(message, cause);
  }
}
