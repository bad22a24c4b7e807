package no.vern.inventory;

import com.fasterxml.jackson.annotation.JsonValue;

/** What makes a transfer outside the EEA lawful (Art. 45, 46(2)(c), 47, 49). */
public enum TransferMechanism {
  ADEQUACY_DECISION("adequacy-decision"),
  STANDARD_CONTRACTUAL_CLAUSES("standard-contractual-clauses"),
  BINDING_CORPORATE_RULES("binding-corporate-rules"),
  DEROGATION("derogation");

  private final String code;

  TransferMechanism(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }
}
