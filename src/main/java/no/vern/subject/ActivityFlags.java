package no.vern.subject;

import org.jspecify.annotations.Nullable;

/**
 * A subject's restriction (Art. 18) and objection (Art. 21) for one processing activity; {@code
 * objection} is null when none was raised.
 */
public record ActivityFlags(String activity, boolean restricted, @Nullable Objection objection) {}
