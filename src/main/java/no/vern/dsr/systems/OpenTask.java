package no.vern.dsr.systems;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A line of the open tasks page: the task as the request's page shows it, and whose it is. */
public record OpenTask(
    TaskStatus task, @Nullable UUID request, @Nullable UUID sweep, Instant createdAt) {}
