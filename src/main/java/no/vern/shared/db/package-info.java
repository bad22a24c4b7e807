/** How a module says that a read may be served by the read replica (docs/architecture.md). */
@org.jspecify.annotations.NullMarked
package no.vern.shared.db;
