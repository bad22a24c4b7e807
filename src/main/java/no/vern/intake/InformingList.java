package no.vern.intake;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records whose person must still be told about data collected elsewhere (Art. 14): {@code
 * inform_by} set, {@code informed_at} not. Reads ids, activity and date only, never the encrypted
 * data, so the list shows no personal data. Reads the subject module's table directly because it
 * has no such query yet; the partial index {@code personal_data_record_inform_by} serves it.
 */
@Component
class InformingList {

  /** Bounds the page; the oldest dates come first, so the most urgent are never cut off. */
  static final int MAX_ROWS = 500;

  record Due(UUID record, UUID subject, String activity, LocalDate informBy, boolean overdue) {}

  private final JdbcClient jdbc;

  InformingList(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Due> open(LocalDate today) {
    return jdbc.sql(
            "SELECT id, subject_id, activity, inform_by FROM personal_data_record"
                + " WHERE inform_by IS NOT NULL AND informed_at IS NULL"
                + " ORDER BY inform_by, id LIMIT ?")
        .param(MAX_ROWS + 1)
        .query(
            (rs, n) -> {
              LocalDate informBy = rs.getObject("inform_by", Date.class).toLocalDate();
              return new Due(
                  rs.getObject("id", UUID.class),
                  rs.getObject("subject_id", UUID.class),
                  rs.getString("activity"),
                  informBy,
                  informBy.isBefore(today));
            })
        .list();
  }
}
