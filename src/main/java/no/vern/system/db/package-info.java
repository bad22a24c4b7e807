/**
 * The database: an embedded PostgreSQL with no configuration, or a server named by {@code
 * VERN_DB_URL}, and the locks that keep one Vern per data directory.
 */
@org.jspecify.annotations.NullMarked
package no.vern.system.db;
