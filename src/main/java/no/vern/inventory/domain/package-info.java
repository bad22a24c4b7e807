/**
 * Spring-free rules of the processing inventory: parsing its YAML and JSON documents and the checks
 * that make a version complete and consistent (Art. 30).
 */
@org.jspecify.annotations.NullMarked
package no.vern.inventory.domain;
