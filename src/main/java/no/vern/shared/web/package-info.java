/** What modules contribute to the web shell: their admin navigation entries. */
@org.jspecify.annotations.NullMarked
package no.vern.shared.web;
