package no.vern.dsr.change;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the person's own page ({@code /rights/me}) shows of their erasure requests: the same
 * sentences as the mail, rebuilt from {@code dsr_change}, so they stay after the records are gone.
 */
@Component
public class PersonsAnswers {

  /** The answer's two lists: activities erased, and a sentence per kept activity and ground. */
  public record Lines(List<String> erased, List<String> kept) {

    public boolean isEmpty() {
      return erased.isEmpty() && kept.isEmpty();
    }
  }

  private final ChangeLog log;
  private final ErasureAnswers answers;
  private final Changes changes;

  PersonsAnswers(ChangeLog log, ErasureAnswers answers, Changes changes) {
    this.log = log;
    this.answers = answers;
    this.changes = changes;
  }

  public Lines erasures(UUID subject, String language) {
    List<Proposal> erased = new ArrayList<>();
    List<Proposal> kept = new ArrayList<>();
    for (ChangeLog.Change c : log.ofSubject(subject)) {
      if (!"erasure".equals(c.kind()) || c.activity() == null || c.record() == null) {
        continue;
      }
      String activity = c.activity();
      String name = changes.find(activity).map(a -> a.name().in(language)).orElse(activity);
      boolean keep = "kept".equals(c.outcome());
      (keep ? kept : erased)
          .add(
              new Proposal(
                  c.record(),
                  activity,
                  name,
                  keep ? Proposal.KEEP : Proposal.ERASE,
                  c.ground(),
                  c.reason(),
                  c.hold() == null ? List.of() : List.of(c.hold()),
                  c.keptUntil(),
                  null));
    }
    ErasureAnswers.Answer a = answers.answer(erased, kept, language);
    return new Lines(a.erased(), a.kept());
  }
}
