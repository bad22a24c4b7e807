package no.vern.consent;

import java.util.Collection;
import java.util.Map;
import no.vern.subject.SubjectId;

/**
 * The language each person last used with the organisation, as the consent ledger saw it (the
 * language of the text shown at their newest consent decision). For writing to people in their own
 * language when they have not just asked for something (a breach notice, Art. 34).
 */
public interface SubjectLanguages {

  /** Known languages by subject ({@code nb} or {@code en}); one with no decision is left out. */
  Map<SubjectId, String> of(Collection<SubjectId> subjects);
}
