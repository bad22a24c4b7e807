package no.vern.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.vern.shared.web.OverviewCounter;
import no.vern.shared.web.OverviewCounter.Severity;
import no.vern.shared.web.OverviewCounters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The overview's outbox: mail waiting to be sent (urgent while SMTP is not configured, since then
 * nothing leaves) and mail given up. Each count is one query on the outbox's partial index for its
 * state; both link to the mail page, whose roles these are.
 */
@Component
class MailCounters implements OverviewCounters {

  private final JdbcClient jdbc;
  private final MailSettings settings;

  MailCounters(JdbcClient jdbc, MailSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  @Override
  public Set<String> roles() {
    return Set.of("ADMIN", "DPO");
  }

  @Override
  public int order() {
    return 110;
  }

  @Override
  public List<OverviewCounter> counters() {
    long queued = count("state IN ('QUEUED', 'SENDING')");
    long failed = count("state = 'FAILED'");
    List<OverviewCounter> counters = new ArrayList<>();
    if (settings.configured()) {
      counters.add(
          OverviewCounter.count(
              "mail-queued", "mail.overview.queued", queued, Severity.OK, "/admin/mail"));
    } else {
      counters.add(
          new OverviewCounter(
              "mail-not-configured",
              "mail.overview.notConfigured",
              Long.toString(queued),
              Severity.URGENT,
              "/admin/mail",
              null,
              List.of()));
    }
    counters.add(
        OverviewCounter.count(
            "mail-failed", "mail.overview.failed", failed, Severity.URGENT, "/admin/mail#failed"));
    return counters;
  }

  private long count(String where) {
    return jdbc.sql("SELECT count(*) FROM mail_outbox WHERE " + where).query(Long.class).single();
  }
}
