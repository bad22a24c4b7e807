package no.vern.breach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The notification to Datatilsynet as a printable page: {@link BreachDocument}'s fields with the
 * labels of its form, in one language (Bokmål, the form's own, unless English is asked for), codes
 * spelled out, and "not known yet" where a follow-up will add it.
 */
@Component
class DocumentPage {

  /** One field of the form: its label and what is known. */
  record Row(String field, String label, String value, boolean known) {}

  private final MessageSource messages;

  DocumentPage(MessageSource messages) {
    this.messages = messages;
  }

  @SuppressWarnings("unchecked")
  List<Row> rows(Map<String, Object> document, BreachRow b, Locale locale) {
    Map<String, @Nullable Object> form = (Map<String, @Nullable Object>) document.get("form");
    List<Row> rows = new ArrayList<>();
    for (String field : BreachDocument.FIELDS) {
      Object value = form.get(field);
      String text =
          switch (field) {
            case "period" -> period(b, locale);
            case "discoveredAt" -> BreachJson.time(b.awareAt()) == null ? null : shown(b.awareAt());
            case "dataTypes" ->
                b.dataCategories().isEmpty() ? null : String.join(", ", b.dataCategories());
            case "measures" -> measures(b, locale);
            case "subjectsInformed" -> informed(b, locale);
            default -> value == null ? null : value.toString();
          };
      rows.add(
          new Row(
              field,
              msg("breach.doc." + field, locale),
              text == null ? msg("breach.doc.unknown", locale) : text,
              text != null));
    }
    return rows;
  }

  String msg(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  private static String shown(java.time.Instant at) {
    return no.vern.breach.domain.BreachClock.shown(at);
  }

  private @Nullable String period(BreachRow b, Locale locale) {
    if (b.occurredFrom() == null && b.occurredTo() == null) {
      return null;
    }
    String from = b.occurredFrom() == null ? "?" : shown(b.occurredFrom());
    String to = b.occurredTo() == null ? msg("breach.doc.ongoing", locale) : shown(b.occurredTo());
    return from + " – " + to;
  }

  private @Nullable String measures(BreachRow b, Locale locale) {
    if (b.measuresTaken() == null && b.measuresPlanned() == null) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    if (b.measuresTaken() != null) {
      s.append(msg("breach.doc.taken", locale)).append(": ").append(b.measuresTaken());
    }
    if (b.measuresPlanned() != null) {
      s.append(s.isEmpty() ? "" : "\n")
          .append(msg("breach.doc.planned", locale))
          .append(": ")
          .append(b.measuresPlanned());
    }
    return s.toString();
  }

  private @Nullable String informed(BreachRow b, Locale locale) {
    StringBuilder s = new StringBuilder();
    if (b.subjectsInformed() != null) {
      s.append(b.subjectsInformed());
    }
    if (b.exceptionGround() != null) {
      s.append(s.isEmpty() ? "" : "\n")
          .append(msg("breach.exception." + b.exceptionGround(), locale))
          .append(": ")
          .append(b.exceptionReason());
      if (b.publicNotice() != null) {
        s.append("\n")
            .append(msg("breach.field.publicNotice", locale))
            .append(": ")
            .append(b.publicNotice());
      }
    }
    return s.isEmpty() ? null : s.toString();
  }
}
