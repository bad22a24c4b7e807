package no.vern.consent.ledger;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import no.vern.consent.LedgerRetention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcLedgerRetention implements LedgerRetention {

  private static final String ENDED = "status NOT IN ('GIVEN', 'RENEWED')";
  private static final String DUE =
      "((since AT TIME ZONE 'Europe/Oslo')::date + CAST(:period AS interval))::date";

  private final JdbcClient jdbc;

  JdbcLedgerRetention(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public int purgeEnded(Period period, LocalDate day, int limit) {
    record Pair(UUID subject, String purpose) {}
    List<Pair> due =
        jdbc.sql(
                "SELECT subject_id, purpose FROM consent_state WHERE "
                    + ENDED
                    + " AND "
                    + DUE
                    + " <= :day LIMIT :limit FOR UPDATE SKIP LOCKED")
            .param("period", period.toString())
            .param("day", day)
            .param("limit", limit)
            .query((rs, n) -> new Pair(rs.getObject(1, UUID.class), rs.getString(2)))
            .list();
    if (due.isEmpty()) {
      return 0;
    }
    // Names this transaction as the ledger's purge: the append-only triggers let its deletes pass.
    jdbc.sql("SELECT set_config('vern.consent_retention', 'on', true)").query().singleRow();
    UUID[] subjects = due.stream().map(Pair::subject).toArray(UUID[]::new);
    String[] purposes = due.stream().map(Pair::purpose).toArray(String[]::new);
    String pairs = "(SELECT * FROM unnest(:subjects, :purposes) AS p(subject_id, purpose))";
    for (String sql :
        List.of(
            "DELETE FROM consent_receipt WHERE event_id IN (SELECT e.id FROM consent_event e"
                + " JOIN "
                + pairs
                + " p USING (subject_id, purpose))",
            "DELETE FROM consent_state s USING "
                + pairs
                + " p"
                + " WHERE s.subject_id = p.subject_id AND s.purpose = p.purpose",
            "DELETE FROM consent_event e USING "
                + pairs
                + " p"
                + " WHERE e.subject_id = p.subject_id AND e.purpose = p.purpose")) {
      jdbc.sql(sql).param("subjects", subjects).param("purposes", purposes).update();
    }
    jdbc.sql("SELECT set_config('vern.consent_retention', '', true)").query().singleRow();
    return due.size();
  }

  @Override
  public Map<LocalDate, Long> dueEnded(Period period, LocalDate until) {
    Map<LocalDate, Long> out = new TreeMap<>();
    jdbc.sql(
            "SELECT d, count(*) FROM (SELECT "
                + DUE
                + " AS d FROM consent_state WHERE "
                + ENDED
                + ") x WHERE d <= :until GROUP BY d")
        .param("period", period.toString())
        .param("until", until)
        .query((rs, n) -> out.put(rs.getObject(1, LocalDate.class), rs.getLong(2)))
        .list();
    return out;
  }
}
