package no.vern.subject;

/**
 * What {@link PersonalDataRecords#eraseActivity} deleted: how many records, and whether the
 * subject's identifiers went too because no record of any activity was left.
 */
public record ActivityErasure(int records, boolean identifiersErased) {}
