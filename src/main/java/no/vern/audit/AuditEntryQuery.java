package no.vern.audit;

import java.time.Instant;

/**
 * Filters for looking through the trail, newest first. Null means "any". Paging is by keyset:
 * {@code before} is the smallest id of the previous page, so a page stays stable while new entries
 * arrive.
 */
record AuditEntryQuery(
    Instant from,
    Instant to,
    Integer actionCode,
    String actorType,
    String actorId,
    String resourceType,
    String resourceId,
    Long before,
    int limit) {

  static final int MAX_LIMIT = 1000;

  AuditEntryQuery {
    limit = Math.max(1, Math.min(limit, MAX_LIMIT));
    actorType = blankToNull(actorType);
    actorId = blankToNull(actorId);
    resourceType = blankToNull(resourceType);
    resourceId = blankToNull(resourceId);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
