package no.vern.retention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.vern.consent.LedgerRetention;
import no.vern.cookie.CookieLogRetention;
import no.vern.newsletter.SuppressionRetention;
import no.vern.retention.DueRecords.Week;
import no.vern.retention.RetentionRules.Rule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Personal data kept as proof rather than as records: the consent ledger (activity {@code
 * consent-ledger}, counted from the day a consent ended), newsletter suppressions ({@code
 * newsletter-suppression}, from the day of the unsubscribe) and the cookie-consent log ({@code
 * cookie-consent-log}, from the day of each choice). Their rules come from the inventory like any
 * other; the modules that own the tables remove what is due. A legal hold on the activity keeps all
 * of it.
 */
@Component
class ProofStores {

  static final String LEDGER = "consent-ledger";
  static final String SUPPRESSION = "newsletter-suppression";
  static final String COOKIE_LOG = "cookie-consent-log";

  private final LedgerRetention ledger;
  private final SuppressionRetention suppressions;
  private final CookieLogRetention cookieLog;
  private final JdbcClient jdbc;

  ProofStores(
      LedgerRetention ledger,
      SuppressionRetention suppressions,
      CookieLogRetention cookieLog,
      JdbcClient jdbc) {
    this.ledger = ledger;
    this.suppressions = suppressions;
    this.cookieLog = cookieLog;
    this.jdbc = jdbc;
  }

  static boolean handles(Rule rule) {
    return switch (rule.activity()) {
      case LEDGER, SUPPRESSION, COOKIE_LOG -> true;
      default -> false;
    };
  }

  /** One batch, in the caller's transaction; nothing while the activity is held. */
  int purge(Rule rule, LocalDate day, int limit) {
    if (held(rule)) {
      return 0;
    }
    return switch (rule.activity()) {
      case LEDGER -> ledger.purgeEnded(rule.period(), day, limit);
      case COOKIE_LOG -> cookieLog.purge(rule.period(), day, limit);
      default -> suppressions.purge(rule.period(), day, limit);
    };
  }

  /** Everything due by {@code day} when the activity is held, else 0. */
  long heldCount(Rule rule, LocalDate day) {
    return held(rule) ? due(rule, day).values().stream().mapToLong(Long::longValue).sum() : 0;
  }

  /** The forecast's weeks for this store, as {@link DueRecords#forecast} gives them for records. */
  List<Week> forecast(Rule rule, LocalDate today, LocalDate until) {
    boolean held = held(rule);
    Map<LocalDate, long[]> weeks = new TreeMap<>();
    due(rule, until)
        .forEach(
            (day, n) -> {
              LocalDate week =
                  (day.isBefore(today) ? today : day)
                      .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
              weeks.computeIfAbsent(week, w -> new long[2])[held ? 1 : 0] += n;
            });
    List<Week> out = new ArrayList<>();
    weeks.forEach((w, n) -> out.add(new Week(rule.activity(), rule.action(), w, n[0], n[1])));
    return out;
  }

  private Map<LocalDate, Long> due(Rule rule, LocalDate until) {
    return switch (rule.activity()) {
      case LEDGER -> ledger.dueEnded(rule.period(), until);
      case COOKIE_LOG -> cookieLog.due(rule.period(), until);
      default -> suppressions.due(rule.period(), until);
    };
  }

  private boolean held(Rule rule) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM retention_hold WHERE activity = ? AND lifted_at IS NULL)")
        .param(rule.activity())
        .query(Boolean.class)
        .single();
  }
}
