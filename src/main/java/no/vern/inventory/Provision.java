package no.vern.inventory;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether the person must give us the data (Art. 13(2)(e)): a statutory or contractual requirement,
 * a requirement for entering a contract, or none; whether they are obliged; and what happens if
 * they do not.
 */
public record Provision(Requirement requirement, Boolean obliged, Text consequence) {

  /** Why the data is asked for. */
  public enum Requirement {
    STATUTORY("statutory"),
    CONTRACTUAL("contractual"),
    NEEDED_FOR_CONTRACT("needed-for-contract"),
    NONE("none");

    private final String code;

    Requirement(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
    }
  }
}
