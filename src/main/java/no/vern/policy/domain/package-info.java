/**
 * Spring-free building of the privacy notice from an inventory version, in Bokmål and English, and
 * the differences between versions (Art. 12-14).
 */
@org.jspecify.annotations.NullMarked
package no.vern.policy.domain;
