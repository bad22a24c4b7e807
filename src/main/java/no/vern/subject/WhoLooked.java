package no.vern.subject;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.vern.access.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who has looked at a person (issue 18, Art. 15 and need-to-know): the reads of their data on the
 * audit trail, about them, any person merged into them, or one of their records, newest first, with
 * staff and tokens by name. Reading the list is audited ({@code SUBJECT_READERS_VIEWED}) before it
 * is gathered, so it is on the list it returns.
 */
public interface WhoLooked {

  /** The most a page holds. */
  int PAGE = 50;

  /**
   * At most {@code limit} reads of {@code subject}'s data, older than entry {@code before} when
   * given, read as {@code actor} (a principal name).
   */
  List<Look> of(SubjectId subject, String actor, @Nullable Long before, int limit);

  /**
   * One read: the trail entry (for paging), when, the kind of actor ({@code USER}, {@code
   * API_TOKEN}, {@code SYSTEM}, ...), the staff member's or token's name and roles (null and empty
   * for anyone else, or for one deleted since), and the action's name ({@code audit.action.<name>}
   * in the bundles).
   */
  record Look(
      long entry,
      Instant at,
      String actorType,
      @Nullable String name,
      Set<Role> roles,
      String action) {}
}
