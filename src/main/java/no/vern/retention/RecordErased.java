package no.vern.retention;

import no.vern.shared.DomainEvent;
import no.vern.subject.RecordId;
import no.vern.subject.SubjectId;

/**
 * The sweep erased or anonymised a record of an activity that has recipients or connected systems
 * (Art. 19): for the data-subject request capability, which sends them deletion tasks. Published in
 * the batch's transaction; ids and the activity's code only.
 */
public record RecordErased(SweepId sweep, RecordId record, SubjectId subject, String activity)
    implements DomainEvent {}
