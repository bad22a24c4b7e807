package no.vern.dsr.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.dsr.domain.RequestState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queue: requests by due date, filtered by right, state, assignee and controller. Without a
 * state filter it shows the requests still waiting for an answer (closed ones on request).
 */
@Repository
class RequestQueue {

  static final int LIMIT = 200;

  /**
   * Filters; null means any. {@code assignee} "none" means unassigned. {@code subject}: the
   * requests of one person (the link on their page), closed ones too unless a state is asked for.
   */
  record Filter(
      @Nullable String right,
      @Nullable RequestState state,
      @Nullable String assignee,
      @Nullable String controller,
      @Nullable DueWindow due,
      @Nullable UUID subject) {

    Filter(
        @Nullable String right,
        @Nullable RequestState state,
        @Nullable String assignee,
        @Nullable String controller) {
      this(right, state, assignee, controller, null, null);
    }
  }

  /**
   * The requests whose clock runs (open, in progress, extended) due on or after {@code from} and
   * before {@code before}, either end open when null: what the overview's counters count.
   */
  record DueWindow(@Nullable LocalDate from, @Nullable LocalDate before) {}

  /** The overview's request counters, in one query on the queue's index. */
  record DueCounts(long overdue, long thisWeek, long running) {}

  record Counts(int overdue, int thisWeek, int later, int unverified) {}

  private final JdbcClient jdbc;

  RequestQueue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One page of the queue, {@link #LIMIT} rows from {@code offset}, whatever the caller's scope:
   * callers go through {@link RequestScope#queue}, which keeps them to it.
   */
  List<RequestRow> list(Filter filter, int offset) {
    StringBuilder sql =
        new StringBuilder("SELECT " + RequestRows.COLUMNS + " FROM dsr_request WHERE true");
    Map<String, Object> params = new LinkedHashMap<>();
    if (filter.due() != null) {
      sql.append(" AND state IN " + RUNNING);
      if (filter.due().from() != null) {
        sql.append(" AND due_at >= :dueFrom");
        params.put("dueFrom", filter.due().from());
      }
      if (filter.due().before() != null) {
        sql.append(" AND due_at < :dueBefore");
        params.put("dueBefore", filter.due().before());
      }
    }
    if (filter.subject() != null) {
      sql.append(" AND subject_id = :subject");
      params.put("subject", filter.subject());
    }
    if (filter.state() == null && filter.subject() == null) {
      sql.append(" AND state NOT IN ('FULFILLED', 'DENIED', 'WITHDRAWN', 'EXPIRED')");
    } else if (filter.state() != null) {
      sql.append(" AND state = :state");
      params.put("state", filter.state().name());
    }
    if (filter.right() != null) {
      sql.append(" AND :right = ANY (rights)");
      params.put("right", filter.right());
    }
    if ("none".equals(filter.assignee())) {
      sql.append(" AND assignee IS NULL");
    } else if (filter.assignee() != null) {
      sql.append(" AND assignee = :assignee");
      params.put("assignee", filter.assignee());
    }
    if (filter.controller() != null) {
      sql.append(" AND controller = :controller");
      params.put("controller", filter.controller());
    }
    sql.append(" ORDER BY due_at, received_at, reference LIMIT " + LIMIT + " OFFSET " + offset);
    var statement = jdbc.sql(sql.toString());
    for (var p : params.entrySet()) {
      statement = statement.param(p.getKey(), p.getValue());
    }
    return new ArrayList<>(statement.query(RequestRows::row).list());
  }

  /** The states in which the one-month clock runs, as the queue's partial index names them. */
  private static final String RUNNING = "('OPEN', 'IN_PROGRESS', 'EXTENDED')";

  /** Overdue, due within seven days, and all whose clock runs: the windows of {@link DueWindow}. */
  DueCounts dueCounts(LocalDate today) {
    return jdbc.sql(
            "SELECT count(*) FILTER (WHERE due_at < :today) AS overdue,"
                + " count(*) FILTER (WHERE due_at >= :today AND due_at < :week) AS this_week,"
                + " count(*) AS running FROM dsr_request WHERE state IN "
                + RUNNING)
        .param("today", today)
        .param("week", today.plusDays(7))
        .query(
            (rs, n) ->
                new DueCounts(
                    rs.getLong("overdue"), rs.getLong("this_week"), rs.getLong("running")))
        .single();
  }

  /**
   * Overdue, due within seven days, later (verified and unanswered), and waiting to be verified.
   */
  Counts counts(LocalDate today) {
    return jdbc.sql(
            "SELECT count(*) FILTER (WHERE state IN ('OPEN','IN_PROGRESS','EXTENDED')"
                + " AND due_at < :today) AS overdue,"
                + " count(*) FILTER (WHERE state IN ('OPEN','IN_PROGRESS','EXTENDED')"
                + " AND due_at >= :today AND due_at < :week) AS this_week,"
                + " count(*) FILTER (WHERE state IN ('OPEN','IN_PROGRESS','EXTENDED')"
                + " AND due_at >= :week) AS later,"
                + " count(*) FILTER (WHERE state IN ('RECEIVED','VERIFYING')) AS unverified"
                + " FROM dsr_request")
        .param("today", today)
        .param("week", today.plusDays(7))
        .query(
            (rs, n) ->
                new Counts(
                    rs.getInt("overdue"),
                    rs.getInt("this_week"),
                    rs.getInt("later"),
                    rs.getInt("unverified")))
        .single();
  }

  List<String> controllers() {
    return jdbc.sql(
            "SELECT DISTINCT controller FROM dsr_request WHERE controller IS NOT NULL"
                + " ORDER BY controller")
        .query(String.class)
        .list();
  }
}
