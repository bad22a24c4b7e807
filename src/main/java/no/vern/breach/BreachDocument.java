package no.vern.breach;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The notification to Datatilsynet (Art. 33(3), in phases 33(4)), with the fields of its form in
 * the form's order. The same map is the JSON document, the snapshot kept with each notification
 * and, with the labels of {@code breach.doc.*}, the printable page. A field not known yet is {@code
 * null} and listed in {@code notYetKnown}: a follow-up notification adds it.
 */
final class BreachDocument {

  /** The form's fields, in its order; each has a label {@code breach.doc.<field>}. */
  static final List<String> FIELDS =
      List.of(
          "mainCause",
          "period",
          "discoveredAt",
          "affectedCount",
          "whatHappened",
          "dataTypes",
          "relationship",
          "dataLocation",
          "consequences",
          "measures",
          "subjectsInformed",
          "contact");

  private BreachDocument() {}

  static Map<String, Object> of(BreachRow b, List<NotificationRow> notifications, Clock clock) {
    List<NotificationRow> earlier =
        notifications.stream().filter(n -> n.recipient().equals("datatilsynet")).toList();
    Map<String, @Nullable Object> form = new LinkedHashMap<>();
    form.put("mainCause", b.mainCause());
    form.put("period", period(b));
    form.put("discoveredAt", BreachJson.time(b.awareAt()));
    form.put("affectedCount", b.approxSubjects());
    form.put("whatHappened", joined(b.summary(), b.whatHappened()));
    form.put("dataTypes", b.dataCategories().isEmpty() ? null : b.dataCategories());
    form.put(
        "relationship",
        joined(
            b.subjectCategories().isEmpty() ? null : String.join(", ", b.subjectCategories()),
            b.relationship()));
    form.put("dataLocation", b.dataLocation());
    form.put("consequences", b.consequences());
    form.put("measures", measures(b));
    form.put("subjectsInformed", informed(b));
    form.put("contact", b.contact());
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("breach", b.id());
    doc.put("legalGround", "GDPR Art. 33");
    doc.put("phase", earlier.isEmpty() ? "initial" : "follow-up");
    doc.put("preparedAt", BreachJson.time(clock.instant()));
    doc.put("notifyBy", BreachJson.time(b.notifyBy()));
    doc.put("type", b.type());
    doc.put("approxRecords", b.approxRecords());
    doc.put("risk", b.risk());
    doc.put("riskReasoning", b.riskReasoning());
    doc.put("form", form);
    List<String> unknown = new ArrayList<>();
    form.forEach(
        (k, v) -> {
          if (v == null) {
            unknown.add(k);
          }
        });
    doc.put("notYetKnown", unknown);
    doc.put("earlierNotifications", BreachJson.notifications(earlier));
    return doc;
  }

  private static @Nullable Map<String, @Nullable String> period(BreachRow b) {
    if (b.occurredFrom() == null && b.occurredTo() == null) {
      return null;
    }
    Map<String, @Nullable String> p = new LinkedHashMap<>();
    p.put("from", BreachJson.time(b.occurredFrom()));
    p.put("to", BreachJson.time(b.occurredTo()));
    return p;
  }

  private static @Nullable Map<String, @Nullable String> measures(BreachRow b) {
    if (b.measuresTaken() == null && b.measuresPlanned() == null) {
      return null;
    }
    Map<String, @Nullable String> m = new LinkedHashMap<>();
    m.put("taken", b.measuresTaken());
    m.put("planned", b.measuresPlanned());
    return m;
  }

  private static @Nullable String informed(BreachRow b) {
    String exception =
        b.exceptionGround() == null
            ? null
            : "Art. 34(3) "
                + b.exceptionGround()
                + ": "
                + b.exceptionReason()
                + (b.publicNotice() == null ? "" : " Public notice: " + b.publicNotice());
    return joined(b.subjectsInformed(), exception);
  }

  private static @Nullable String joined(@Nullable String a, @Nullable String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + "\n\n" + b;
  }
}
