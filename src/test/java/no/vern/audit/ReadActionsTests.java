package no.vern.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The reads of a person's data that "who has looked at this person" lists: the actions their
 * modules mark {@link ReadOfPersonalData}. A new read of personal data belongs here too; an action
 * that changes data never does.
 */
class ReadActionsTests {

  @Test
  void theMarkedActionsAreTheReadsOfAPersonsData() {
    assertThat(AuditActions.reads().stream().map(AuditAction::name))
        .containsExactly(
            "SUBJECT_READERS_VIEWED",
            "SUBJECT_IDENTIFIERS_READ",
            "SUBJECT_VIEWED",
            "SUBJECT_SEARCHED",
            "SUBJECT_RECORDS_READ",
            "RECORD_READ",
            "SUBJECT_LOOKED_UP",
            "CONSENT_HISTORY_READ",
            "CONSENT_HISTORY_EXPORTED",
            "CONSENT_DECISION_READ",
            "CONSENT_RECEIPT_READ",
            "NEWSLETTER_PREFERENCES_READ",
            "DISCLOSURES_READ",
            "COOKIE_CONSENT_READ");
  }
}
