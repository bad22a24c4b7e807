/**
 * How a module registers timed work (docs/scheduling.md): it declares a bean made by {@link
 * no.vern.shared.scheduling.TimedWork}, and the one persistent scheduler (db-scheduler on the
 * {@code scheduled_tasks} table) runs it once per due time across every Vern instance, revives a
 * run that died half-way, and shows it on {@code /admin/tasks}. No central list to edit.
 */
package no.vern.shared.scheduling;
