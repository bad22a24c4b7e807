package no.vern.breach;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.vern.breach.domain.BreachClock;
import org.jspecify.annotations.Nullable;

/**
 * A breach as the API answers it. Every time is an ISO 8601 instant with the offset Oslo had at
 * that moment ({@code 2026-03-31T00:59:00+02:00}): the same instant as UTC, read as Oslo time, so a
 * DPO and a lawyer see the clock as the organisation lives it (docs/breaches.md).
 */
final class BreachJson {

  private BreachJson() {}

  static @Nullable String time(@Nullable Instant at) {
    return at == null
        ? null
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(BreachClock.inOslo(at).toOffsetDateTime());
  }

  static Map<String, Object> of(BreachRow b, Instant now, boolean notified) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", b.id());
    m.put("summary", b.summary());
    m.put("type", b.type());
    m.put("awareAt", time(b.awareAt()));
    m.put("notifyBy", time(b.notifyBy()));
    Duration left = BreachClock.left(b.notifyBy(), now);
    m.put("timeLeft", notified ? null : left.toString());
    m.put("overdue", !notified && left.isNegative());
    m.put("notifiedToDatatilsynet", notified);
    m.put("occurredFrom", time(b.occurredFrom()));
    m.put("occurredTo", time(b.occurredTo()));
    m.put("reporterKind", b.reporterKind());
    m.put("reportedBy", b.reportedBy());
    m.put("mainCause", b.mainCause());
    m.put("whatHappened", b.whatHappened());
    m.put("dataCategories", b.dataCategories());
    m.put("subjectCategories", b.subjectCategories());
    m.put("approxSubjects", b.approxSubjects());
    m.put("approxRecords", b.approxRecords());
    m.put("relationship", b.relationship());
    m.put("dataLocation", b.dataLocation());
    m.put("consequences", b.consequences());
    m.put("measuresTaken", b.measuresTaken());
    m.put("measuresPlanned", b.measuresPlanned());
    m.put("risk", b.risk());
    m.put("riskReasoning", b.riskReasoning());
    m.put("notifyDecision", b.notifyDecision());
    m.put("decisionReason", b.decisionReason());
    m.put("subjectsInformed", b.subjectsInformed());
    m.put("contact", b.contact());
    m.put("exceptionGround", b.exceptionGround());
    m.put("exceptionReason", b.exceptionReason());
    m.put("publicNotice", b.publicNotice());
    m.put("recordedAt", time(b.recordedAt()));
    m.put("updatedAt", time(b.updatedAt()));
    return m;
  }

  static Map<String, Object> notification(NotificationRow n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", n.id());
    m.put("recipient", n.recipient());
    m.put("phase", n.phase());
    m.put("notifiedAt", time(n.notifiedAt()));
    m.put("channel", n.channel());
    m.put("reference", n.reference());
    m.put("adds", n.adds());
    m.put("late", n.late());
    m.put("delayReasons", n.delayReasons());
    m.put("recordedAt", time(n.recordedAt()));
    return m;
  }

  static List<Map<String, Object>> notifications(List<NotificationRow> rows) {
    return rows.stream().map(BreachJson::notification).toList();
  }
}
