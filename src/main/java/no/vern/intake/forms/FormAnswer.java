package no.vern.intake.forms;

/**
 * The one answer to every accepted submission: the same whether the person was known to Vern or
 * not, and for a robot caught by the honeypot, so no answer tells anything about who is known.
 */
record FormAnswer(String status, String message) {

  static FormAnswer accepted(String message) {
    return new FormAnswer("accepted", message);
  }
}
