package no.vern.cookie;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;

/**
 * The cookie choices Vern can tie to a person: those made under a consent id that was later carried
 * into a form the person signed up with (docs/cookies.md). For the access package (Art. 15): a read
 * of them is audited against the person.
 */
public interface CookieChoicesOfPerson {

  /** Oldest first; the person's merged-away ids included. */
  List<LinkedChoice> of(SubjectId subject, String actor);

  /** One choice as the person is told it: what, when, where, and whether GPC refused something. */
  record LinkedChoice(
      UUID consentId,
      Instant recordedAt,
      String method,
      List<String> accepted,
      List<String> refused,
      boolean gpcApplied,
      @Nullable String pageUrl) {}
}
