package no.vern.inventory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Someone personal data is disclosed to (Art. 4(9), 13(1)(e)), by role: a processor needs a data
 * processing agreement (Art. 28(3)); an independent controller (a credit bureau supplying its own
 * register data), a joint controller (Art. 26) and a public authority answer for their own use. A
 * recipient outside the EEA needs a transfer mechanism (Chapter V); the EU-US Data Privacy
 * Framework covers only a recipient that is certified under it ({@code dpfCertified}). {@code
 * contactEmail} is where Art. 19 notices of a correction, erasure or restriction are mailed;
 * without it (and without a connected system) a notice is a task for a case handler.
 */
public record Recipient(
    String id,
    Text name,
    Kind kind,
    Text description,
    String country,
    TransferMechanism transferMechanism,
    Text transferReference,
    Boolean dpfCertified,
    Agreement agreement,
    String contactEmail) {

  public boolean certifiedUnderDpf() {
    return Boolean.TRUE.equals(dpfCertified);
  }

  /**
   * The recipient's role. The codes of format 1's first release ({@code third-party}, {@code
   * authority}) are still read, as the roles they meant.
   */
  public enum Kind {
    PROCESSOR("processor"),
    INDEPENDENT_CONTROLLER("independent-controller"),
    JOINT_CONTROLLER("joint-controller"),
    PUBLIC_AUTHORITY("public-authority");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
    }

    @JsonCreator
    public static Kind of(String code) {
      for (Kind kind : values()) {
        if (kind.code.equals(code)) {
          return kind;
        }
      }
      return switch (code) {
        case "third-party" -> INDEPENDENT_CONTROLLER;
        case "authority" -> PUBLIC_AUTHORITY;
        default -> throw new IllegalArgumentException("Unknown recipient kind: " + code);
      };
    }
  }
}
