package no.vern.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import no.vern.access.StaffDirectory;
import no.vern.access.StaffMember;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditReads;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The person's resources on the trail: their id, the ids of people merged into them (entries
 * written before the merge keep the old id) and their records' ids ({@code RECORD_READ} names the
 * record). A record erased since is no longer the person's here; its reads stay on the trail.
 */
@Service
class JdbcWhoLooked implements WhoLooked {

  private final JdbcClient jdbc;
  private final AuditReads reads;
  private final AuditTrail audit;
  private final StaffDirectory staff;

  JdbcWhoLooked(JdbcClient jdbc, AuditReads reads, AuditTrail audit, StaffDirectory staff) {
    this.jdbc = jdbc;
    this.reads = reads;
    this.audit = audit;
    this.staff = staff;
  }

  @Override
  public List<Look> of(SubjectId subject, String actor, @Nullable Long before, int limit) {
    audit.recordDurably(
        AuditActor.of(actor)
            .did(
                LookedAtAuditAction.SUBJECT_READERS_VIEWED,
                "subject",
                subject.toString(),
                Outcome.SUCCESS));
    List<UUID> people =
        jdbc.sql(
                """
                WITH RECURSIVE merged(id) AS (
                  SELECT ?::uuid UNION SELECT s.id FROM subject s JOIN merged m ON s.merged_into = m.id)
                SELECT id FROM merged""")
            .param(subject.value())
            .query(UUID.class)
            .list();
    List<AuditReads.Resource> resources = new ArrayList<>();
    people.forEach(p -> resources.add(new AuditReads.Resource("subject", p.toString())));
    jdbc.sql("SELECT id FROM personal_data_record WHERE subject_id = ANY(?)")
        .param(people.toArray(UUID[]::new))
        .query(UUID.class)
        .list()
        .forEach(r -> resources.add(new AuditReads.Resource("record", r.toString())));
    List<AuditReads.Read> found = reads.of(resources, before, limit);
    Map<UUID, StaffMember> users = staff.users(ids(found, "USER"));
    Map<UUID, StaffMember> tokens = staff.tokens(ids(found, "API_TOKEN"));
    return found.stream()
        .map(
            r -> {
              StaffMember who = member(r, users, tokens);
              return new Look(
                  r.entry(),
                  r.at(),
                  r.actorType(),
                  who == null ? null : who.name(),
                  who == null ? Set.of() : who.roles(),
                  r.action().name());
            })
        .toList();
  }

  private static @Nullable StaffMember member(
      AuditReads.Read read, Map<UUID, StaffMember> users, Map<UUID, StaffMember> tokens) {
    UUID id = uuid(read.actorId());
    if (id == null) {
      return null;
    }
    return switch (read.actorType()) {
      case "USER" -> users.get(id);
      case "API_TOKEN" -> tokens.get(id);
      default -> null;
    };
  }

  private static List<UUID> ids(List<AuditReads.Read> reads, String type) {
    return reads.stream()
        .filter(r -> type.equals(r.actorType()))
        .map(r -> uuid(r.actorId()))
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }

  private static @Nullable UUID uuid(@Nullable String text) {
    try {
      return text == null ? null : UUID.fromString(text);
    } catch (IllegalArgumentException notOne) {
      return null;
    }
  }
}
