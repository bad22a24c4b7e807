package no.vern.intake.records;

import java.util.List;
import no.vern.subject.Identifier;
import no.vern.subject.NewRecord;

/** A validated intake: who the record is about, and the record. */
public record RecordCommand(List<Identifier> identifiers, NewRecord record) {

  @Override
  public String toString() {
    return "RecordCommand[" + record + "]";
  }
}
