/** RFC 9457 problem types and field errors every module answers with (docs/errors.md). */
@org.jspecify.annotations.NullMarked
package no.vern.shared.problem;
