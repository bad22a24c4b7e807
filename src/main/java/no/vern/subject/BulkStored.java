package no.vern.subject;

/** What became of one {@link BulkEntry}: its subject (found or new) and its record. */
public record BulkStored(SubjectId subject, RecordId record, boolean newSubject) {}
