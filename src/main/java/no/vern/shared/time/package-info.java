/**
 * Periods counted in calendar days and months under Norwegian working-day rules (DOMAIN.md,
 * "Deadlines"): the one-month answers of Art. 12(3) and the Art. 14(3)(a) information deadline.
 * Free of Spring so every module, domain packages included, may use it.
 */
@org.jspecify.annotations.NullMarked
package no.vern.shared.time;
