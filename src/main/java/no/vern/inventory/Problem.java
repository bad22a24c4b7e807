package no.vern.inventory;

/**
 * Something wrong with an inventory, said so a DPO can fix it: {@code path} names the entry ({@code
 * activities[3].retention.period}, empty for the whole document), {@code code} is stable for
 * programs and translations, {@code message} is plain English. Warnings never block.
 */
public record Problem(String path, String code, String message, Severity severity) {

  public Problem(String path, String code, String message) {
    this(path, code, message, Severity.ERROR);
  }

  public static Problem error(String path, String code, String message) {
    return new Problem(path, code, message, Severity.ERROR);
  }

  public static Problem warning(String path, String code, String message) {
    return new Problem(path, code, message, Severity.WARNING);
  }

  public boolean blocking() {
    return severity == Severity.ERROR;
  }

  /** An error refuses the inventory; a warning is shown and accepted. */
  public enum Severity {
    ERROR,
    WARNING
  }
}
