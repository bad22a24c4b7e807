/**
 * The breach rules without Spring: the 72-hour clock of Art. 33(1) and when the DPO is reminded.
 */
@org.jspecify.annotations.NullMarked
package no.vern.breach.domain;
