package no.vern.system.web;

/**
 * A failure as the log may keep it: each exception of the chain by type and stack trace, without
 * its message. Messages of parsers, drivers and Tomcat quote what they could not handle (a
 * parameter's value, a request line, a row), and that may be personal data; the correlation id ties
 * the log line to the request, and the type and place are what a developer needs to find the fault.
 */
final class LogSafe {

  private LogSafe() {}

  static Throwable withoutMessages(Throwable e) {
    return withoutMessages(e, 0);
  }

  private static Throwable withoutMessages(Throwable e, int depth) {
    Throwable next = e.getCause();
    Throwable cause =
        next == null || next == e || depth > 20 ? null : withoutMessages(next, depth + 1);
    Throwable copy = new Redacted(e.getClass().getName(), cause);
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }

  /** Prints as the original type's name, so the log reads like an ordinary stack trace. */
  private static final class Redacted extends RuntimeException {
    private final String type;

    Redacted(String type, Throwable cause) {
      super(null, cause, false, true);
      this.type = type;
    }

    @Override
    public String toString() {
      return type + " (message withheld)";
    }
  }
}
