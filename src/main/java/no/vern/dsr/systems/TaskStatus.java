package no.vern.dsr.systems;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.vern.inventory.ConnectedSystem;
import no.vern.inventory.Text;
import org.jspecify.annotations.Nullable;

/**
 * A task or notice as the request's page and {@code GET /api/v1/requests/{id}} show it: which
 * system or recipient, its state, and for a failing webhook the last error (a status code or a
 * cause, never personal data). {@code failing} is a webhook task whose last attempt failed; a
 * manual task has its assignee and checklist from the inventory in force.
 */
public record TaskStatus(
    UUID id,
    String kind,
    String type,
    @Nullable String system,
    @Nullable String recipient,
    String channel,
    String state,
    boolean failing,
    @Nullable String lastError,
    int attempts,
    @Nullable Instant lastAttemptAt,
    @Nullable Instant nextAttemptAt,
    @Nullable LocalDate dueAt,
    List<String> activities,
    @Nullable Instant closedAt,
    @Nullable String closedBy,
    @Nullable String note,
    @Nullable String assignee,
    List<Text> checklist) {

  static TaskStatus of(TaskRow t, @Nullable ConnectedSystem system) {
    return new TaskStatus(
        t.id(),
        t.kind(),
        t.type(),
        t.systemId(),
        t.recipient(),
        t.channel(),
        t.state(),
        t.lastError() != null && !t.closed(),
        t.lastError(),
        t.attempts(),
        t.lastAttemptAt(),
        t.closed() ? null : t.nextAttemptAt(),
        t.dueAt(),
        t.activities(),
        t.closedAt(),
        t.closedBy(),
        t.note(),
        system == null ? null : system.assignee(),
        system == null || system.webhook() ? List.of() : system.checklist());
  }
}
