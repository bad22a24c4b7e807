package no.vern.disclosure;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import no.vern.subject.SubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcDisclosureRecipients implements DisclosureRecipients {

  private final JdbcClient jdbc;

  JdbcDisclosureRecipients(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<RecipientOfData> of(SubjectId subject, Collection<String> activities) {
    // One row per recipient: the activities it received (of those asked about) and its latest
    // disclosure. && is array overlap, so a disclosure of several activities counts once.
    return jdbc.sql(
            """
            SELECT recipient,
                   array_agg(DISTINCT a ORDER BY a) AS activities,
                   max(disclosed_at) AS last_at
            FROM disclosure, unnest(activities) AS a
            WHERE subject_id = ? AND a = ANY(?)
            GROUP BY recipient ORDER BY recipient""")
        .params(subject.value(), activities.toArray(String[]::new))
        .query(
            (rs, n) ->
                new RecipientOfData(
                    rs.getString(1),
                    Arrays.asList((String[]) rs.getArray(2).getArray()),
                    rs.getTimestamp(3).toInstant()))
        .list();
  }
}
