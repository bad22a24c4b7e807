package no.vern.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord;
import no.vern.audit.AuditTrail;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcDisclosures implements Disclosures {

  private final DisclosureRows rows;
  private final AuditTrail audit;
  private final Clock clock;

  JdbcDisclosures(DisclosureRows rows, AuditTrail audit, Clock clock) {
    this.rows = rows;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional
  public UUID record(
      SubjectId subject,
      String recipient,
      String reason,
      List<String> activities,
      int recordCount,
      String actor,
      @Nullable UUID requestId) {
    return record(
        new NewDisclosure(
            subject,
            recipient,
            null,
            activities,
            List.of(),
            List.of(),
            clock.instant(),
            reason,
            recordCount,
            null,
            null,
            false,
            null,
            requestId),
        actor);
  }

  @Override
  @Transactional
  public UUID record(NewDisclosure disclosure, String actor) {
    return recordAll(List.of(disclosure), actor, null).get(0);
  }

  /**
   * Stores every disclosure in the caller's transaction, each audited ({@code DISCLOSURE_RECORDED},
   * its id); answers the ids in the order given.
   */
  @Transactional
  List<UUID> recordAll(List<NewDisclosure> disclosures, String actor, @Nullable UUID batch) {
    Instant now = clock.instant();
    AuditActor who = AuditActor.of(actor);
    List<UUID> ids = new ArrayList<>(disclosures.size());
    for (NewDisclosure d : disclosures) {
      UUID id = UUID.randomUUID();
      rows.insert(id, d, actor, now, batch);
      // Durably: the integrator (or a test) may read the trail right after the answer.
      audit.recordDurably(
          who.did(
              DisclosureAuditAction.DISCLOSURE_RECORDED,
              "disclosure",
              id.toString(),
              AuditRecord.Outcome.SUCCESS));
      ids.add(id);
    }
    return ids;
  }

  @Override
  public List<Disclosure> of(SubjectId subject) {
    return rows.of(subject).stream()
        .map(
            r ->
                new Disclosure(
                    r.id(),
                    r.recipient(),
                    r.reason(),
                    r.activities(),
                    r.recordCount(),
                    r.disclosedAt(),
                    r.requestId()))
        .toList();
  }
}
