package no.vern.access;

/** Input that breaks one of the module's rules; the message key says which, in both languages. */
class RuleViolation extends RuntimeException {

  private final String messageKey;

  RuleViolation(String messageKey) {
    super(messageKey, null, false, false);
    this.messageKey = messageKey;
  }

  String messageKey() {
    return messageKey;
  }
}
