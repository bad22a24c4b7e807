package no.vern.retention;

import java.util.List;
import no.vern.shared.DomainEvent;
import no.vern.subject.SubjectId;

/**
 * One sweep batch erased or anonymised records of an activity that has recipients or connected
 * systems (Art. 19): for the data-subject request capability, which sends them deletion tasks.
 * Published in the batch's transaction, once per batch and not per record: a backlog of a million
 * records would otherwise write a million event publications inside the sweep's transactions (it
 * made the 10,000,000-record sweep several times slower). Ids and the activity's code only; each
 * person once, however many of their records the batch took.
 */
public record RecordsErased(SweepId sweep, String activity, List<SubjectId> subjects)
    implements DomainEvent {

  public RecordsErased {
    subjects = List.copyOf(subjects);
  }
}
