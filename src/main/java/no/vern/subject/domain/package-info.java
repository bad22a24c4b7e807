/**
 * Spring-free rules of the subject module: Tink keysets, blind indexes and the AEAD that binds each
 * ciphertext to its identifier type and row; and when a record's retention period ends (Art.
 * 5(1)(e)).
 */
@org.jspecify.annotations.NullMarked
package no.vern.subject.domain;
