package no.vern.dsr;

/** What a download link delivers: the Art. 15 access package or the Art. 20 portability export. */
public enum AnswerKind {
  ACCESS,
  PORTABILITY
}
