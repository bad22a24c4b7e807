package no.vern.dsr;

import java.time.Instant;
import java.util.List;
import no.vern.shared.DomainEvent;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;

/**
 * A request changed a person's data in Vern: corrected (Art. 16), erased (Art. 17), restricted or
 * released from restriction (Art. 18). Every recipient that received the data is to be told (Art.
 * 19), and every connected system that holds it is to do the same; listeners do that after commit.
 * Ids and codes only: the fields are the names of what was corrected, never their values.
 *
 * @param change {@code rectified}, {@code erased}, {@code restricted} or {@code restriction-lifted}
 * @param activities the activities whose records changed
 * @param fields for a rectification, the names of the corrected identifiers and record fields
 *     ({@code email}, {@code data.address}); empty otherwise
 */
public record SubjectDataChanged(
    @Nullable RequestId request,
    SubjectId subject,
    String change,
    List<String> activities,
    List<String> fields,
    Instant at)
    implements DomainEvent {

  public SubjectDataChanged {
    activities = List.copyOf(activities);
    fields = List.copyOf(fields);
  }
}
