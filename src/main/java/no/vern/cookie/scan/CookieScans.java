package no.vern.cookie.scan;

import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The scans in {@code cookie_scan} and what each saw in {@code cookie_scan_finding}. */
@Repository
public class CookieScans {

  static final String RESOURCE = "cookie-scan";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A scan as the history shows it. */
  public record Scan(
      UUID id,
      String requestedBy,
      Instant requestedAt,
      String status,
      List<String> urls,
      @Nullable Instant startedAt,
      @Nullable Instant finishedAt,
      @Nullable Integer inventoryVersion,
      @Nullable String outcome,
      @Nullable String failure,
      @Nullable String pagesJson,
      List<String> scanFindings) {}

  private final JdbcClient jdbc;
  private final AuditTrail trail;
  private final Clock clock;

  CookieScans(JdbcClient jdbc, AuditTrail trail, Clock clock) {
    this.jdbc = jdbc;
    this.trail = trail;
    this.clock = clock;
  }

  /** Queues a scan of checked addresses, audited in the same transaction. */
  @Transactional
  public UUID request(List<URI> urls, String principal) {
    UUID id = UUID.randomUUID();
    AuditActor actor = AuditActor.of(principal);
    jdbc.sql(
            "INSERT INTO cookie_scan (id, requested_by, requested_at, status, urls)"
                + " VALUES (?, ?, ?, 'queued', ?)")
        .params(
            id,
            actor.type().name().toLowerCase(java.util.Locale.ROOT) + ":" + actor.id(),
            Timestamp.from(clock.instant()),
            urls.stream().map(URI::toString).toArray(String[]::new))
        .update();
    trail.record(
        actor.did(
            CookieScanAuditAction.COOKIE_SCAN_REQUESTED, RESOURCE, id.toString(), Outcome.SUCCESS));
    return id;
  }

  /** Takes the oldest queued scan for this instance, if any. */
  @Transactional
  Optional<Scan> claim() {
    return jdbc.sql(
            "UPDATE cookie_scan SET status = 'running', started_at = ? WHERE id = ("
                + " SELECT id FROM cookie_scan WHERE status = 'queued'"
                + " ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING *")
        .param(Timestamp.from(clock.instant()))
        .query(CookieScans::scan)
        .optional();
  }

  /** Scans left running by an instance that died; they are failed, never left hanging. */
  @Transactional
  int failStuck(Instant startedBefore) {
    List<UUID> stuck =
        jdbc.sql(
                "UPDATE cookie_scan SET status = 'failed', failure = 'interrupted', finished_at = ?"
                    + " WHERE status = 'running' AND started_at < ? RETURNING id")
            .params(Timestamp.from(clock.instant()), Timestamp.from(startedBefore))
            .query(UUID.class)
            .list();
    stuck.forEach(id -> failed(id, "INTERRUPTED"));
    return stuck.size();
  }

  @Transactional
  void finish(UUID id, ScanReport report, @Nullable Integer inventoryVersion) {
    @SuppressWarnings("unchecked")
    List<Object> pages = (List<Object>) ScanOutput.tree(report).get("pages");
    jdbc.sql(
            "UPDATE cookie_scan SET status = 'done', finished_at = ?, inventory_version = ?,"
                + " outcome = ?, pages = CAST(? AS jsonb), scan_findings = ? WHERE id = ?")
        .params(
            Timestamp.from(clock.instant()),
            inventoryVersion,
            report.outcome(),
            JSON.writeValueAsString(pages),
            report.scanFindings().toArray(String[]::new),
            id)
        .update();
    for (ScannedItem item : report.items()) {
      jdbc.sql(
              "INSERT INTO cookie_scan_finding (scan_id, kind, name, domain, party, lifetime,"
                  + " declared_as, category, passes, findings) VALUES (?,?,?,?,?,?,?,?,?,?)"
                  + " ON CONFLICT DO NOTHING")
          .params(
              id,
              item.kind(),
              item.name(),
              item.domain(),
              item.party(),
              item.lifetime(),
              item.declaredAs(),
              item.category(),
              item.passes().toArray(String[]::new),
              item.findings().toArray(String[]::new))
          .update();
    }
    trail.record(
        AuditActor.system("cookie")
            .did(
                CookieScanAuditAction.COOKIE_SCAN_FINISHED,
                RESOURCE,
                id.toString(),
                Outcome.SUCCESS));
  }

  @Transactional
  void fail(UUID id, String code) {
    jdbc.sql("UPDATE cookie_scan SET status = 'failed', failure = ?, finished_at = ? WHERE id = ?")
        .params(
            code.toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
            Timestamp.from(clock.instant()),
            id)
        .update();
    failed(id, code);
  }

  private void failed(UUID id, String code) {
    trail.record(
        AuditActor.system("cookie")
            .did(CookieScanAuditAction.COOKIE_SCAN_FAILED, RESOURCE, id.toString(), Outcome.FAILURE)
            .because(code));
  }

  /** The newest scans first. */
  public List<Scan> newest(int limit) {
    return jdbc.sql("SELECT * FROM cookie_scan ORDER BY requested_at DESC LIMIT ?")
        .param(limit)
        .query(CookieScans::scan)
        .list();
  }

  public Optional<Scan> find(UUID id) {
    return jdbc.sql("SELECT * FROM cookie_scan WHERE id = ?")
        .param(id)
        .query(CookieScans::scan)
        .optional();
  }

  /** What the scan saw, findings first. */
  public List<ScannedItem> items(UUID id) {
    return jdbc.sql(
            "SELECT * FROM cookie_scan_finding WHERE scan_id = ?"
                + " ORDER BY cardinality(findings) = 0, domain, kind, name")
        .param(id)
        .query(
            (rs, n) ->
                new ScannedItem(
                    rs.getString("kind"),
                    rs.getString("name"),
                    rs.getString("domain"),
                    rs.getString("party"),
                    rs.getString("lifetime"),
                    rs.getString("declared_as"),
                    rs.getString("category"),
                    strings(rs.getArray("passes")),
                    strings(rs.getArray("findings"))))
        .list();
  }

  /** Counts of findings per scan, for the history. */
  public Map<String, Long> counts(UUID id) {
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    for (String finding :
        List.of(
            ScannedItem.UNDECLARED,
            ScannedItem.SET_BEFORE_CONSENT,
            ScannedItem.SURVIVES_REJECTION)) {
      counts.put(
          finding,
          jdbc.sql(
                  "SELECT count(*) FROM cookie_scan_finding WHERE scan_id = ? AND ? = ANY (findings)")
              .params(id, finding)
              .query(Long.class)
              .single());
    }
    return counts;
  }

  private static Scan scan(ResultSet rs, int n) throws SQLException {
    Timestamp started = rs.getTimestamp("started_at");
    Timestamp finished = rs.getTimestamp("finished_at");
    int version = rs.getInt("inventory_version");
    Integer inventoryVersion = rs.wasNull() ? null : version;
    return new Scan(
        rs.getObject("id", UUID.class),
        rs.getString("requested_by"),
        rs.getTimestamp("requested_at").toInstant(),
        rs.getString("status"),
        strings(rs.getArray("urls")),
        started == null ? null : started.toInstant(),
        finished == null ? null : finished.toInstant(),
        inventoryVersion,
        rs.getString("outcome"),
        rs.getString("failure"),
        rs.getString("pages"),
        strings(rs.getArray("scan_findings")));
  }

  private static List<String> strings(@Nullable Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
