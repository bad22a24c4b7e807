/**
 * Data subjects and the identifiers they are found by (Art. 5, 32): look-ups through keyed blind
 * indexes, values encrypted with Tink under keys kept outside the database, merges of subjects
 * found to be one person, and background re-encryption after a key rotation. See {@code
 * docs/subjects.md}.
 *
 * <p>Personal-data records ({@link PersonalDataRecords}) hold the data itself, encrypted, each tied
 * to its processing activity.
 *
 * <p>{@link SubjectBulkIntake} stores an import's rows in batches with COPY; {@code POST
 * /api/v1/subjects/lookup} finds the subject holding an identifier.
 *
 * <p>Not built yet: reading records, and the admin UI (search, merge suggestions).
 */
package no.vern.subject;
