package no.vern.disclosure;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import no.vern.subject.SubjectId;

/**
 * Who received a person's data, from the disclosure register: the recipients Art. 19 says must be
 * told of a correction, erasure or restriction, and whom the person may ask about.
 */
public interface DisclosureRecipients {

  /**
   * Every recipient that received data of these activities about the subject, once each, with the
   * activities it received and its latest disclosure; ordered by recipient.
   */
  List<RecipientOfData> of(SubjectId subject, Collection<String> activities);

  /**
   * The recipients among {@link #of} that received some of this data in a confidential disclosure,
   * each with the legal ground of its latest one ("hvitvaskingsloven § 28"). Telling such a
   * recipient of a change is the DPO's decision, and whoever skips it records this ground as the
   * reason ("confidential: hvitvaskingsloven § 28").
   */
  Map<String, String> confidentialGrounds(SubjectId subject, Collection<String> activities);

  /** One recipient of a person's data. */
  record RecipientOfData(String recipient, List<String> activities, Instant lastDisclosedAt) {}
}
