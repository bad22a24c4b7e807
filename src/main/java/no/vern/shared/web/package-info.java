/** What modules contribute to the web shell: their admin navigation entries. */
package no.vern.shared.web;
