/**
 * Spring-free cryptography of the subject module: Tink keysets, blind indexes and the AEAD that
 * binds each ciphertext to its identifier type and row.
 */
package no.vern.subject.domain;
