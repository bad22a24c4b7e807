package no.vern.consent.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.vern.consent.ConsentStatus;
import no.vern.consent.domain.ConsentState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the current state per subject and purpose: one primary-key look-up per decision, a set of
 * them per batch.
 */
@Repository
public class ConsentStates {

  /** A state with what the ledger needs besides the decision: its event and notice version. */
  record Stored(ConsentState state, UUID event, int noticeVersion) {}

  /** A consent in force past its expiry, for the sweep. */
  public record Expiring(UUID subject, String purpose, UUID event, Instant expiresAt) {}

  private static final String STATE = "status, since, expires_at, renewal_required";

  private final JdbcClient jdbc;

  ConsentStates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Serialises changes to one subject and purpose until the transaction ends, also while no state
   * row exists yet (a first consent given twice at once).
   */
  void lock(UUID subject, String purpose) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(? || '/' || ?, 0))")
        .params(subject.toString(), purpose)
        .query()
        .singleRow();
  }

  Optional<Stored> find(UUID subject, String purpose) {
    return jdbc.sql(
            "SELECT "
                + STATE
                + ", event_id, notice_version FROM consent_state WHERE subject_id = ? AND purpose = ?")
        .params(subject, purpose)
        .query(
            (rs, n) ->
                new Stored(
                    state(rs), rs.getObject("event_id", UUID.class), rs.getInt("notice_version")))
        .optional();
  }

  /** The decision's look-up: the state alone. */
  public Optional<ConsentState> state(UUID subject, String purpose) {
    return jdbc.sql("SELECT " + STATE + " FROM consent_state WHERE subject_id = ? AND purpose = ?")
        .params(subject, purpose)
        .query((rs, n) -> state(rs))
        .optional();
  }

  /** States for many (subject, purpose) pairs in one query, keyed by {@link #key}. */
  public Map<String, ConsentState> states(List<UUID> subjects, List<String> purposes) {
    Map<String, ConsentState> found = new HashMap<>();
    if (subjects.isEmpty()) {
      return found;
    }
    jdbc.sql(
            "SELECT s.subject_id, s.purpose, "
                + STATE
                + " FROM consent_state s"
                + " JOIN unnest(?::uuid[], ?::text[]) AS q(subject_id, purpose)"
                + " ON s.subject_id = q.subject_id AND s.purpose = q.purpose")
        .params(subjects.toArray(UUID[]::new), purposes.toArray(String[]::new))
        .query(
            rs -> {
              found.put(
                  key(rs.getObject("subject_id", UUID.class), rs.getString("purpose")), state(rs));
            });
    return found;
  }

  public static String key(UUID subject, String purpose) {
    return subject + "/" + purpose;
  }

  void put(UUID subject, String purpose, ConsentState state, UUID event, int noticeVersion) {
    jdbc.sql(
            """
            INSERT INTO consent_state
              (subject_id, purpose, status, since, event_id, notice_version, given_at, expires_at,
               renewal_required)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (subject_id, purpose) DO UPDATE SET
              status = excluded.status, since = excluded.since, event_id = excluded.event_id,
              notice_version = excluded.notice_version, given_at = excluded.given_at,
              expires_at = excluded.expires_at, renewal_required = excluded.renewal_required""")
        .params(
            subject,
            purpose,
            state.status().name(),
            Timestamp.from(state.since()),
            event,
            noticeVersion,
            state.status().inForce() ? Timestamp.from(state.since()) : null,
            state.expiresAt() == null ? null : Timestamp.from(state.expiresAt()),
            state.renewalRequired())
        .update();
  }

  /** Consents in force whose expiry has come, earliest first. */
  public List<Expiring> expiring(Instant now, int limit) {
    return jdbc.sql(
            "SELECT subject_id, purpose, event_id, expires_at FROM consent_state"
                + " WHERE status IN ('GIVEN', 'RENEWED') AND expires_at IS NOT NULL"
                + " AND expires_at <= ? ORDER BY expires_at LIMIT ?")
        .params(Timestamp.from(now), limit)
        .query(
            (rs, n) ->
                new Expiring(
                    rs.getObject("subject_id", UUID.class),
                    rs.getString("purpose"),
                    rs.getObject("event_id", UUID.class),
                    rs.getTimestamp("expires_at").toInstant()))
        .list();
  }

  /**
   * Asks again everyone whose consent in force rests on a notice older than the one that changed
   * the purpose materially; returns how many were marked.
   */
  public int requireRenewal(String purpose, int changedInNotice) {
    return jdbc.sql(
            "UPDATE consent_state SET renewal_required = true WHERE purpose = ?"
                + " AND status IN ('GIVEN', 'RENEWED') AND notice_version < ?"
                + " AND NOT renewal_required")
        .params(purpose, changedInNotice)
        .update();
  }

  /**
   * How many people {@link #requireRenewal} would mark for these purposes if a new notice changed
   * them now: the same condition, counted instead of updated (every consent in force rests on an
   * older notice than the next one). One person with two such consents counts once.
   */
  public int renewable(List<String> purposes) {
    return jdbc.sql(
            "SELECT count(DISTINCT subject_id) FROM consent_state WHERE purpose = ANY (?)"
                + " AND status IN ('GIVEN', 'RENEWED') AND NOT renewal_required")
        .param(purposes.toArray(String[]::new))
        .query(Integer.class)
        .single();
  }

  /**
   * Applies a new maximum age to the consents in force for a purpose, with the same UTC calendar
   * arithmetic as {@code ConsentTransitions.expiry}; null removes the expiry.
   */
  public int reexpire(String purpose, String isoPeriod) {
    return jdbc.sql(
            "UPDATE consent_state SET expires_at = CASE WHEN ?::text IS NULL THEN NULL ELSE"
                + " ((given_at AT TIME ZONE 'UTC') + ?::interval) AT TIME ZONE 'UTC' END"
                + " WHERE purpose = ? AND status IN ('GIVEN', 'RENEWED')"
                + " AND expires_at IS DISTINCT FROM CASE WHEN ?::text IS NULL THEN NULL ELSE"
                + " ((given_at AT TIME ZONE 'UTC') + ?::interval) AT TIME ZONE 'UTC' END")
        .params(isoPeriod, isoPeriod, purpose, isoPeriod, isoPeriod)
        .update();
  }

  private static ConsentState state(ResultSet rs) throws SQLException {
    Timestamp expires = rs.getTimestamp("expires_at");
    return new ConsentState(
        ConsentStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("since").toInstant(),
        expires == null ? null : expires.toInstant(),
        rs.getBoolean("renewal_required"));
  }
}
