package no.vern.disclosure;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.vern.subject.SubjectId;
import org.springframework.jdbc.core.RowCallbackHandler;
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
    // disclosure, for the subject and the subjects merged into it.
    // Confidential disclosures count too: Art. 19 is the DPO's business (confidentialGrounds).
    return jdbc.sql(
            "SELECT recipient, array_agg(DISTINCT a ORDER BY a) AS activities,"
                + " max(disclosed_at) AS last_at FROM disclosure, unnest(activities) AS a WHERE "
                + DisclosureRows.FAMILY
                + " AND a = ANY(:activities) GROUP BY recipient ORDER BY recipient")
        .param("subject", subject.value())
        .param("activities", activities.toArray(String[]::new))
        .query(
            (rs, n) ->
                new RecipientOfData(
                    rs.getString(1),
                    Arrays.asList((String[]) rs.getArray(2).getArray()),
                    rs.getTimestamp(3).toInstant()))
        .list();
  }

  @Override
  public Map<String, String> confidentialGrounds(SubjectId subject, Collection<String> activities) {
    Map<String, String> grounds = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT DISTINCT ON (recipient) recipient, confidential_ground FROM disclosure WHERE "
                + DisclosureRows.FAMILY
                + " AND confidential AND activities && CAST(:activities AS text[])"
                + " ORDER BY recipient, disclosed_at DESC")
        .param("subject", subject.value())
        .param("activities", activities.toArray(String[]::new))
        .query((RowCallbackHandler) rs -> grounds.put(rs.getString(1), rs.getString(2)));
    return grounds;
  }
}
