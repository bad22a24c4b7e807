package no.vern.subject;

import java.time.LocalDate;

/** A record whose subject must still be told about it (Art. 14), by ids only. */
public record InformingDue(
    RecordId record, SubjectId subject, String activity, LocalDate informBy) {}
