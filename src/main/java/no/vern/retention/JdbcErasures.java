package no.vern.retention;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.vern.retention.RetentionRules.Rule;
import no.vern.subject.RecordErasure;
import no.vern.subject.RecordId;
import no.vern.subject.SubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link Erasures} with {@link DueSql}'s dating and {@link RecordErasure}'s deletion. */
@Repository
class JdbcErasures implements Erasures {

  /** The subject and the subjects merged into it. */
  private static final String FAMILY =
      "r.subject_id IN (SELECT id FROM subject WHERE id = :subject OR merged_into = :subject)";

  private final JdbcClient jdbc;
  private final RetentionRules rules;
  private final RecordErasure erasure;
  private final LegalHolds holds;

  JdbcErasures(JdbcClient jdbc, RetentionRules rules, RecordErasure erasure, LegalHolds holds) {
    this.jdbc = jdbc;
    this.rules = rules;
    this.erasure = erasure;
    this.holds = holds;
  }

  private record Row(UUID id, String activity, @org.jspecify.annotations.Nullable String caseRef) {}

  @Override
  public List<Standing> standing(SubjectId subject) {
    List<Row> rows =
        jdbc.sql(
                "SELECT r.id, r.activity, rc.case_reference FROM personal_data_record r"
                    + " LEFT JOIN retention_record_case rc ON rc.record_id = r.id WHERE "
                    + FAMILY
                    + " ORDER BY r.collected_at, r.id")
            .param("subject", subject.value())
            .query(
                (rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
            .list();
    Map<UUID, Date[]> dates = new HashMap<>();
    Set<String> activities = new LinkedHashSet<>();
    rows.forEach(r -> activities.add(r.activity()));
    RetentionRules.Rules active = rules.active();
    for (String activity : activities) {
      active.of(activity).ifPresent(rule -> dates.putAll(dated(rule, subject)));
    }
    Map<UUID, List<Hold>> held = holdsOver(subject);
    List<Standing> out = new ArrayList<>();
    for (Row r : rows) {
      Date[] d = dates.get(r.id());
      out.add(
          new Standing(
              new RecordId(r.id()),
              r.activity(),
              d == null || d[0] == null ? null : d[0].toLocalDate(),
              d == null || d[1] == null ? null : d[1].toLocalDate(),
              active.of(r.activity()).map(Rule::trigger).orElse(null),
              r.caseRef(),
              held.getOrDefault(r.id(), List.of())));
    }
    return out;
  }

  private Map<UUID, Date[]> dated(Rule rule, SubjectId subject) {
    Map<String, Object> params =
        Map.of(
            "activity", rule.activity(),
            "trigger", rule.trigger(),
            "period", rule.period().toString(),
            "subject", subject.value());
    Map<UUID, Date[]> out = new LinkedHashMap<>();
    jdbc.sql("SELECT d.id, d.trigger_on, d.due_on FROM (" + DueSql.dated(rule, FAMILY) + ") d")
        .params(params)
        .query(
            rs -> {
              out.put(rs.getObject(1, UUID.class), new Date[] {rs.getDate(2), rs.getDate(3)});
            });
    return out;
  }

  /** The holds in force over each of the person's records, as the sweep's rule finds them. */
  private Map<UUID, List<Hold>> holdsOver(SubjectId subject) {
    Map<UUID, List<Hold>> out = new HashMap<>();
    jdbc.sql(
            "SELECT r.id, h.id, h.review_at FROM personal_data_record r"
                + " LEFT JOIN retention_record_case rc ON rc.record_id = r.id"
                + " JOIN retention_hold h ON h.lifted_at IS NULL AND (h.record_id = r.id"
                + " OR h.subject_id = r.subject_id OR h.activity = r.activity"
                + " OR h.case_reference = rc.case_reference) WHERE "
                + FAMILY
                + " ORDER BY h.started_at")
        .param("subject", subject.value())
        .query(
            rs -> {
              out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                  .add(new Hold(rs.getObject(2, UUID.class), rs.getDate(3).toLocalDate()));
            });
    return out;
  }

  @Override
  public boolean erase(SubjectId subject, Collection<RecordId> records, String actor) {
    if (records.isEmpty()) {
      return false;
    }
    Set<UUID> wanted = new LinkedHashSet<>();
    records.forEach(r -> wanted.add(r.value()));
    Map<UUID, List<Hold>> held = holdsOver(subject);
    List<String> heldActivities = new ArrayList<>();
    for (Standing s : standing(subject)) {
      if (wanted.contains(s.record().value()) && held.containsKey(s.record().value())) {
        heldActivities.add(s.activity());
      }
    }
    if (!heldActivities.isEmpty()) {
      // Refuses, naming the hold and auditing ERASURE_HELD, as every erasure does.
      holds.checkErasable(subject, heldActivities, actor);
    }
    List<SubjectId> emptied = erasure.erase(records);
    if (!emptied.isEmpty()) {
      jdbc.sql("DELETE FROM retention_subject_event WHERE subject_id = ANY(?)")
          .param(emptied.stream().map(SubjectId::value).toArray(UUID[]::new))
          .update();
    }
    return !emptied.isEmpty();
  }
}
