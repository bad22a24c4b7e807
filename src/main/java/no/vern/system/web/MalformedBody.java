package no.vern.system.web;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Says what is wrong with an unreadable body in words a developer can act on, with the line and
 * column, but without echoing the body (it may hold personal data).
 */
final class MalformedBody {

  static final String MULTIPART =
      "The multipart body cannot be read: Content-Type needs a boundary, and every part must end"
          + " with it.";

  private MalformedBody() {}

  static String describe(HttpMessageNotReadableException e) {
    Throwable cause = e.getMostSpecificCause();
    if (cause instanceof MismatchedInputException mismatch) {
      String path = JsonPaths.of(mismatch);
      return path.isEmpty()
          ? "The body does not have the expected structure."
          : "The value at '" + path + "' has the wrong type.";
    }
    if (cause instanceof StreamReadException read && read.getLocation() != null) {
      return "The body is not valid JSON (line "
          + read.getLocation().getLineNr()
          + ", column "
          + read.getLocation().getColumnNr()
          + ").";
    }
    if (cause instanceof JacksonException) {
      return "The body is not valid JSON.";
    }
    return "The request body is missing or cannot be read.";
  }
}
