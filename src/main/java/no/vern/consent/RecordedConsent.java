package no.vern.consent;

import java.time.Instant;
import no.vern.subject.SubjectId;

/** What {@link ConsentLedger#record} stored: ids, codes and the time, nothing personal. */
public record RecordedConsent(
    ConsentEventId event,
    SubjectId subject,
    String purpose,
    ConsentStatus status,
    Instant at,
    int noticeVersion,
    boolean receipt) {}
