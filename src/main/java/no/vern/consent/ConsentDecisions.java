package no.vern.consent;

import java.util.List;
import no.vern.subject.Identifier;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;

/**
 * The enforcement point: may this person's data be processed for this purpose now? {@code
 * purposeOrActivity} is a consent purpose code or a processing activity id of the active inventory;
 * anything else throws {@link IllegalArgumentException}. See {@code docs/consent.md} for the rules.
 */
public interface ConsentDecisions {

  /** For a subject id from the registry. */
  Decision decide(SubjectId subject, String purposeOrActivity);

  /**
   * For a use of restricted data the caller states an Art. 18(2) ground for (null: none stated);
   * see {@link RestrictionGround}.
   */
  Decision decide(SubjectId subject, String purposeOrActivity, @Nullable RestrictionGround ground);

  /** For a person found by an identifier; an unknown person is denied with {@code no-record}. */
  Decision decide(Identifier identifier, String purposeOrActivity);

  /** Many questions in a few database round trips; answers in the order asked. */
  List<Decision> decideAll(List<Question> questions);

  /** One question of a batch. The identifier is personal data: never printed. */
  record Question(Identifier identifier, String purposeOrActivity) {}
}
