package no.vern.dsr;

import java.time.Instant;
import no.vern.shared.DomainEvent;

/**
 * A request moved a step: ids and codes only. The webhook for the organisation's own case system is
 * its listener.
 *
 * @param step the step's code ({@code received}, {@code verified}, {@code extended}, ...)
 * @param state the state after it, as the API names it ({@code in_progress})
 */
public record RequestChanged(RequestId request, String step, String state, Instant at)
    implements DomainEvent {}
