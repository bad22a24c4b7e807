package no.vern.dsr;

import java.util.List;
import java.util.UUID;

/** The requests one person has made, for their own self-service page ({@code /rights/me}). */
public interface RequestsOfSubject {

  /** Newest first; empty when the person has made none. */
  List<RequestSummary> of(UUID subjectId);
}
