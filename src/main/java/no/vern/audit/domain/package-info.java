/**
 * The rules of the tamper-evident trail, free of Spring and of the database: the canonical form of
 * an entry, the hash chain over it, the signed checkpoint that anchors the chain after a purge, and
 * the walk that finds the first entry that no longer fits. Internal to the audit module.
 */
@org.jspecify.annotations.NullMarked
package no.vern.audit.domain;
