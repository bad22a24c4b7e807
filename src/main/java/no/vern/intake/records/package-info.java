/**
 * {@code POST /api/v1/records}: a record with its identifiers, validated against the inventory
 * (every field error at once, the Art. 14 date for data not from the person) and stored through the
 * subject module; the same validation and storing serve the import and the public forms.
 */
@org.jspecify.annotations.NullMarked
package no.vern.intake.records;
