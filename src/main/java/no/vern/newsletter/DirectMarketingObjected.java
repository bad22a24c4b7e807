package no.vern.newsletter;

import java.time.Instant;
import no.vern.shared.DomainEvent;
import no.vern.subject.SubjectId;

/**
 * The person pressed "Object to direct marketing" on the preference page (Art. 21(3)). Published in
 * the press's transaction; the data-subject request capability listens synchronously and stops
 * every direct-marketing activity in that same transaction, so the objection takes effect at once
 * or not at all. An event rather than a call because that capability already depends on this
 * module's neighbours (retention reads newsletter suppressions).
 */
public record DirectMarketingObjected(SubjectId subject, Instant at) implements DomainEvent {}
