/**
 * The rules of a request with no Spring in them: its states and the moves between them, the due
 * date and the extension (Art. 12(3)), the rights a person may ask for, references and codes.
 */
@org.jspecify.annotations.NullMarked
package no.vern.dsr.domain;
