package no.vern.disclosure;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
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

  /** One recipient of a person's data. */
  record RecipientOfData(String recipient, List<String> activities, Instant lastDisclosedAt) {}
}
