/**
 * The one scheduler for timed work: db-scheduler wired to Vern's clock and database, the tasks page
 * ({@code /admin/tasks}) with its audited "run now", and a failure gauge per task. Modules register
 * their tasks through {@link no.vern.shared.scheduling.TimedWork}; see docs/scheduling.md.
 */
package no.vern.system.scheduling;
