package no.vern.dsr.change;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.vern.dsr.request.ChangeRequests.Target;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The person's answer to an erasure request, in plain words and the request's language: what was
 * erased (by activity), and for what is kept, why (the legal ground named) and until when. The same
 * lines are mailed and shown by the API and the admin page.
 */
@Component
class ErasureAnswers {

  /** The answer's two lists, each a sentence per activity and ground. */
  record Answer(List<String> erased, List<String> kept) {}

  private final MessageSource messages;
  private final Changes changes;

  ErasureAnswers(MessageSource messages, Changes changes) {
    this.messages = messages;
    this.changes = changes;
  }

  Answer answer(List<Proposal> erased, List<Proposal> kept, String language) {
    Locale locale = Locale.forLanguageTag("nb".equals(language) ? "nb" : "en");
    Set<String> gone = new LinkedHashSet<>();
    erased.forEach(p -> gone.add(p.activityName()));
    Set<String> lines = new LinkedHashSet<>();
    for (Proposal p : kept) {
      lines.add(line(p, locale));
    }
    return new Answer(List.copyOf(gone), new ArrayList<>(lines));
  }

  void mail(Target t, List<Proposal> erased, List<Proposal> kept) {
    Answer a = answer(erased, kept, t.language());
    changes.mail(t, "erasure", Map.of("erased", a.erased(), "kept", a.kept()));
  }

  private String line(Proposal p, Locale locale) {
    String ground = p.ground() == null ? "case-handler" : p.ground();
    String why =
        text(
            "dsr.change.kept." + ground,
            locale,
            p.activityName(),
            p.reference() == null ? "" : p.reference());
    String until = until(p, locale);
    return until == null ? why : why + " " + until;
  }

  private @Nullable String until(Proposal p, Locale locale) {
    LocalDate day = p.keptUntil();
    if (day != null) {
      String date =
          DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
      return text(
          "legal-hold".equals(p.ground()) ? "dsr.change.until.review" : "dsr.change.until.date",
          locale,
          date);
    }
    return p.untilWords() == null ? null : text("dsr.change.until.words", locale, p.untilWords());
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
