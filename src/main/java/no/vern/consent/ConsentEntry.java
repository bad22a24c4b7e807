package no.vern.consent;

import java.time.Instant;
import no.vern.subject.SubjectId;

/**
 * One event of the ledger as proof: what the person decided, when, about which notice and text,
 * through which channel and method, with the keyed hash of their address and their user agent, and
 * who recorded it. A deliberate projection of {@code ledger.ConsentEvents.Row}, the table's row
 * type, for other modules and the pages: typed ids, the hash in hex, and whether a receipt was
 * issued.
 */
public record ConsentEntry(
    ConsentEventId event,
    SubjectId subject,
    String purpose,
    ConsentStatus status,
    Instant at,
    int noticeVersion,
    String language,
    String textSha256,
    String channel,
    String method,
    String addressHmac,
    Long addressKeyId,
    String userAgent,
    String actorType,
    String actorId,
    boolean receipt) {

  /** The user agent can identify a person together with other data: never printed. */
  @Override
  public String toString() {
    return "ConsentEntry[event=" + event + ", purpose=" + purpose + ", status=" + status + ", ***]";
  }
}
