package no.vern.subject;

/** No subject has this id. Names the id only. */
public class UnknownSubjectException extends IllegalArgumentException {

  UnknownSubjectException(SubjectId subject) {
    super("No subject " + subject);
  }
}
