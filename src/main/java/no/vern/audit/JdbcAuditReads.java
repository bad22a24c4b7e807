package no.vern.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One backward scan of the resource index ({@code audit_entry_resource}: resource type, resource
 * id, entry id) per resource, each stopping after {@code limit} matches, then the newest of them: a
 * person read many thousand times costs as much as one read a few times (docs/audit.md, "Who has
 * looked at a person"). One {@code OR} over all resources would have to gather and sort every entry
 * about the person instead. The last read of each actor is one backward probe of the actor index
 * ({@code audit_entry_actor}: actor type, actor id, entry id) per actor, stopping at the first
 * read.
 */
@Service
class JdbcAuditReads implements AuditReads {

  static final int MAX_LIMIT = 500;

  private final JdbcClient jdbc;

  JdbcAuditReads(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Read> of(Collection<Resource> resources, @Nullable Long before, int limit) {
    if (resources.isEmpty()) {
      return List.of();
    }
    int n = Math.max(1, Math.min(limit, MAX_LIMIT));
    Integer[] codes = AuditActions.reads().stream().map(AuditAction::code).toArray(Integer[]::new);
    return jdbc.sql(
            """
            SELECT e.id, e.occurred_at, e.actor_type, e.actor_id, e.action_code, e.outcome
            FROM unnest(?::text[], ?::text[]) AS r(type, rid)
            CROSS JOIN LATERAL (
              SELECT id, occurred_at, actor_type, actor_id, action_code, outcome FROM audit_entry
              WHERE resource_type = r.type AND resource_id = r.rid
                AND action_code = ANY(?::int[]) AND id < ?
              ORDER BY id DESC LIMIT ?) e
            ORDER BY e.id DESC LIMIT ?""")
        .params(
            resources.stream().map(Resource::type).toArray(String[]::new),
            resources.stream().map(Resource::id).toArray(String[]::new),
            codes,
            before == null ? Long.MAX_VALUE : before,
            n,
            n)
        .query(
            (rs, row) ->
                new Read(
                    rs.getLong(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    AuditActions.ofCode(rs.getInt(5)),
                    rs.getString(6)))
        .list();
  }

  @Override
  public Map<AuditActor, Instant> lastReadBy(Collection<AuditActor> actors) {
    Map<AuditActor, Instant> last = new HashMap<>();
    if (actors.isEmpty()) {
      return last;
    }
    jdbc.sql(
            """
            SELECT a.type, a.aid, e.occurred_at
            FROM unnest(?::text[], ?::text[]) AS a(type, aid)
            CROSS JOIN LATERAL (
              SELECT occurred_at FROM audit_entry
              WHERE actor_type = a.type AND actor_id = a.aid AND action_code = ANY(?::int[])
              ORDER BY id DESC LIMIT 1) e""")
        .params(
            actors.stream().map(a -> a.type().name()).toArray(String[]::new),
            actors.stream().map(AuditActor::id).toArray(String[]::new),
            readCodes())
        .query(
            rs -> {
              last.put(
                  new AuditActor(AuditRecord.ActorType.valueOf(rs.getString(1)), rs.getString(2)),
                  rs.getTimestamp(3).toInstant());
            });
    return last;
  }

  private static Integer[] readCodes() {
    return AuditActions.reads().stream().map(AuditAction::code).toArray(Integer[]::new);
  }
}
