package no.vern.consent;

import java.time.Instant;
import no.vern.subject.SubjectId;

/** A person's consent to a purpose was recorded as expired. */
public record ConsentExpired(ConsentEventId event, SubjectId subject, String purpose, Instant at)
    implements ConsentChanged {}
