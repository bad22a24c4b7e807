package no.vern.intake;

/** A validated row of an import, with its 1-based data row number for the report. */
record ImportRow(long number, RecordCommand command) {}
