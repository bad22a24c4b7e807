/**
 * Data subjects and the identifiers they are found by (Art. 5, 32): look-ups through keyed blind
 * indexes, values encrypted with Tink under keys kept outside the database, merges of subjects
 * found to be one person, and background re-encryption after a key rotation. See {@code
 * docs/subjects.md}.
 *
 * <p>Personal-data records ({@link PersonalDataRecords}) hold the data itself, encrypted, each tied
 * to its processing activity; they are read back (every read audited), marked informed (Art. 14)
 * and reviewed. The admin pages find a person by any identifier and show their records grouped by
 * activity with purpose, legal basis and retention from the inventory, and merge suggested
 * duplicates; the API reads records by subject or id.
 *
 * <p>{@link SubjectBulkIntake} stores an import's rows in batches with COPY; {@code POST
 * /api/v1/subjects/lookup} finds the subject holding an identifier.
 */
@org.jspecify.annotations.NullMarked
package no.vern.subject;
