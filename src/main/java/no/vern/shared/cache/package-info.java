/** Small in-memory caches of values every request needs, with their freshness stated. */
@org.jspecify.annotations.NullMarked
package no.vern.shared.cache;
