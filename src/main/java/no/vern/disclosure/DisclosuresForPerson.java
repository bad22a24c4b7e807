package no.vern.disclosure;

import java.time.Instant;
import java.util.List;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;

/**
 * "Who received my data" (Art. 15(1)(c), 19): exactly what the person is told, in their language.
 * Confidential disclosures are left out, without a trace of them; the recipients, activities and
 * data categories are named as the inventory in force names them. A read of personal data, audited
 * ({@code DISCLOSURES_READ}, the subject's id) under the actor given.
 */
public interface DisclosuresForPerson {

  /** Oldest first; {@code language} {@code nb} or {@code en}. */
  List<Told> of(SubjectId subject, String language, String actor);

  /**
   * One disclosure as the person reads it: who (name and role in words), where a transfer outside
   * the EEA rests on something (the mechanism in words), which activities and data, and when.
   */
  record Told(
      String recipient,
      String role,
      @Nullable String country,
      @Nullable String transfer,
      List<String> activities,
      List<String> dataCategories,
      Instant disclosedAt) {}
}
