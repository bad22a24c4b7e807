package no.vern.inventory;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Someone personal data is disclosed to (Art. 4(9), 13(1)(e)). A processor needs a data processing
 * agreement (Art. 28(3)); a recipient outside the EEA needs a transfer mechanism (Chapter V).
 */
public record Recipient(
    String id,
    String name,
    Kind kind,
    Text description,
    String country,
    TransferMechanism transferMechanism,
    String transferReference,
    Agreement agreement) {

  /** The recipient's relation to the controller. */
  public enum Kind {
    PROCESSOR("processor"),
    THIRD_PARTY("third-party"),
    AUTHORITY("authority");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
    }
  }
}
