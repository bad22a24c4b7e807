package no.vern.subject;

/**
 * The outcome of marking a record (informed, reviewed): changed now, already so (nothing changed,
 * nothing audited), or no such record.
 */
public enum Marking {
  CHANGED,
  UNCHANGED,
  NOT_FOUND
}
