package no.vern.subject;

import java.util.List;
import java.util.Optional;

/**
 * Finds data subjects by their identifiers. Identifiers are normalised, looked up through keyed
 * blind indexes and stored encrypted; no identifier value is ever in the database in clear.
 */
public interface SubjectRegistry {

  /**
   * The subject these identifiers belong to, created when none is known; identifiers not yet known
   * are attached to it. When they point at several subjects, the oldest is returned and a merge is
   * suggested. Throws {@link IllegalArgumentException} naming the reasons (never the value) when an
   * identifier is invalid.
   */
  SubjectId resolve(List<Identifier> identifiers);

  /** The subject holding this identifier, if any; an invalid identifier throws as in resolve. */
  Optional<SubjectId> find(Identifier identifier);

  /**
   * {@link #find} for many identifiers in one database round trip: the answer at position i is the
   * holder of {@code identifiers.get(i)}. An invalid identifier throws as in resolve.
   */
  List<Optional<SubjectId>> findAll(List<Identifier> identifiers);

  /**
   * The subject's identifiers, decrypted, in normalised form; a merged subject's id gives those of
   * the subject it was merged into. A read of personal data, recorded on the audit trail. A person
   * outside the actor's need-to-know scope throws {@link UnknownSubjectException}, as an unknown id
   * does, and {@code SCOPE_REFUSED} is on the trail.
   *
   * @param actor {@code user:<uuid>} or {@code token:<uuid>}; anything else is recorded anonymous
   */
  List<Identifier> identifiersOf(SubjectId subject, String actor);

  /**
   * Moves every identifier of {@code from} to {@code into} and marks {@code from} merged. Throws
   * {@link UnknownSubjectException} for an unknown id and {@link IllegalArgumentException} when
   * both are already one subject.
   */
  void merge(SubjectId from, SubjectId into, String actor);

  /**
   * The subject this id stands for now: itself, or the subject it was merged into (in as many steps
   * as it took). Empty for an id that never was a subject.
   */
  Optional<SubjectId> current(SubjectId subject);

  /**
   * Other subjects a resolve found sharing identifiers with this one (or with subjects merged into
   * it), each as its current subject; probably the same person, for a human to merge.
   */
  List<SubjectId> mergeSuggestions(SubjectId subject);

  /**
   * The identifiers of many subjects at once, decrypted, keyed by the id asked for (unknown ids are
   * left out). A read of personal data in bulk: {@code read} is put on the audit trail durably,
   * once, before any value is returned, so a sending system's read of a whole list is one entry
   * with a count rather than one per person. An identifier that does not decrypt (a lost key) is
   * left out and logged by row id rather than failing the whole read.
   */
  java.util.Map<SubjectId, List<Identifier>> identifiersOfAll(
      java.util.Collection<SubjectId> subjects, no.vern.audit.AuditRecord read);
}
