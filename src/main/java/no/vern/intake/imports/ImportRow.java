package no.vern.intake.imports;

import no.vern.intake.records.RecordCommand;

/** A validated row of an import, with its 1-based data row number for the report. */
record ImportRow(long number, RecordCommand command) {}
