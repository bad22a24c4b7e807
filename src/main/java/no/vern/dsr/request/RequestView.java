package no.vern.dsr.request;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request as the API answers it: no personal data, only what the case system needs to follow it.
 * Dates are ISO dates on the Norwegian calendar.
 */
record RequestView(
    UUID id,
    String reference,
    String state,
    List<String> rights,
    String channel,
    @Nullable String controller,
    LocalDate receivedAt,
    LocalDate dueAt,
    LocalDate firstDueAt,
    boolean extended,
    @Nullable String extensionReason,
    boolean subjectKnown,
    @Nullable String verificationMethod,
    @Nullable String denialGround,
    @Nullable String denialReason,
    @Nullable String assignee) {

  static RequestView of(RequestRow r) {
    return new RequestView(
        r.id(),
        r.reference(),
        r.state().code(),
        r.rights(),
        r.channel(),
        r.controller(),
        r.receivedAt(),
        r.dueAt(),
        r.firstDueAt(),
        r.extended(),
        r.extensionReason(),
        r.subjectId() != null,
        r.verificationMethod(),
        r.denialGround(),
        r.denialReason(),
        r.assignee());
  }
}
