package no.vern.subject;

import java.util.List;

/**
 * Items of personal data about a subject, each tied to the processing activity that justifies it.
 * The data is stored only encrypted, with the same keys as the subject's identifiers.
 */
public interface PersonalDataRecords {

  /**
   * Stores the record for the subject (a merged subject's id stores it on the subject it was merged
   * into) and audits {@code RECORD_STORED} by id once committed. Joins the caller's transaction.
   *
   * @param actor {@code user:<uuid>}, {@code token:<uuid>} or {@code system:<name>}
   */
  RecordId store(SubjectId subject, NewRecord record, String actor);

  /**
   * Records whose subject has not yet been told about them (Art. 14), earliest date first, at most
   * {@code limit}.
   */
  List<InformingDue> awaitingInforming(int limit);
}
