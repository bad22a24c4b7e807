package no.vern.consent.ledger;

import java.util.List;

/**
 * The body of {@code POST /api/v1/consents}. Loosely typed on purpose, so every mistake reaches the
 * validation and is reported with the others.
 */
record ConsentRequest(
    List<IdentifierField> identifiers,
    String purpose,
    String action,
    String language,
    Integer noticeVersion,
    String text,
    String textSha256,
    String channel,
    String method,
    String clientAddress,
    String userAgent) {

  /** One identifier, {@code {"type": "email", "value": "..."}}. */
  record IdentifierField(String type, String value) {
    @Override
    public String toString() {
      return "IdentifierField[" + type + "=***]";
    }
  }

  /** Holds personal data: never printed. */
  @Override
  public String toString() {
    return "ConsentRequest[purpose=" + purpose + ", action=" + action + ", ***]";
  }
}
