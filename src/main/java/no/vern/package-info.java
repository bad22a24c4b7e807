/** The Vern application: one deployable, its modules the packages below (docs/architecture.md). */
@org.jspecify.annotations.NullMarked
package no.vern;
