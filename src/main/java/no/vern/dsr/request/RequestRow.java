package no.vern.dsr.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.vern.dsr.domain.RequestState;
import org.jspecify.annotations.Nullable;

/** One row of {@code dsr_request}, with the encrypted fields still encrypted. */
record RequestRow(
    UUID id,
    String reference,
    @Nullable UUID subjectId,
    RequestState state,
    List<String> rights,
    String channel,
    @Nullable String controller,
    String language,
    byte @Nullable [] contact,
    byte @Nullable [] description,
    LocalDate receivedAt,
    LocalDate firstDueAt,
    LocalDate dueAt,
    @Nullable String extensionReason,
    @Nullable String denialGround,
    @Nullable String denialReason,
    @Nullable String verificationMethod,
    @Nullable String verificationReason,
    @Nullable String assignee,
    Instant createdAt) {

  public boolean extended() {
    return extensionReason != null;
  }

  @Override
  public String toString() {
    return "RequestRow[" + id + ", " + state + "]";
  }
}
