/** Retention's rules without Spring: where a trigger's date comes from, and the due day. */
@org.jspecify.annotations.NullMarked
package no.vern.retention.domain;
