package no.vern.dsr.systems;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of {@code dsr_task}, with the identities still encrypted. */
record TaskRow(
    UUID id,
    @Nullable UUID requestId,
    @Nullable UUID subjectId,
    @Nullable UUID sweepId,
    String kind,
    String type,
    @Nullable String systemId,
    @Nullable String recipient,
    String channel,
    List<String> activities,
    List<String> fields,
    String state,
    byte @Nullable [] identities,
    @Nullable LocalDate dueAt,
    int attempts,
    @Nullable Instant nextAttemptAt,
    @Nullable Instant lastAttemptAt,
    @Nullable String lastError,
    @Nullable UUID viaTask,
    Instant createdAt,
    @Nullable Instant closedAt,
    @Nullable String closedBy,
    @Nullable String note) {

  static final String SYSTEM = "system";
  static final String NOTICE = "notice";

  /** The states that close a task or notice; {@code cancelled}: its request ended without it. */
  static final List<String> CLOSING = List.of("done", "acknowledged", "impossible", "cancelled");

  /** Still to be done: a system task not completed, a notice neither sent nor settled. */
  boolean blocking() {
    return kind.equals(SYSTEM) ? !closed() : state.equals("open") || state.equals("refused");
  }

  boolean closed() {
    return CLOSING.contains(state);
  }

  @Override
  public String toString() {
    return "TaskRow[" + id + ", " + kind + ", " + state + "]";
  }
}
