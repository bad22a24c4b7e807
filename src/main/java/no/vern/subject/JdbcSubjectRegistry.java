package no.vern.subject;

import static no.vern.audit.AuditRecord.Outcome.SUCCESS;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditTrail;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Subjects.StoredIdentifier;
import no.vern.subject.domain.SubjectCipher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class JdbcSubjectRegistry implements SubjectRegistry {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(JdbcSubjectRegistry.class);

  /** A subject created by resolving identifiers is the registry's doing, not the caller's. */
  private static final AuditActor REGISTRY = AuditActor.system("subject-registry");

  private final Subjects subjects;
  private final SubjectKeys keys;
  private final AuditTrail audit;
  private final TransactionTemplate tx;
  private final SubjectResolution resolution;
  private final ScopeFilter scopes;

  JdbcSubjectRegistry(
      Subjects subjects,
      SubjectKeys keys,
      AuditTrail audit,
      Clock clock,
      PlatformTransactionManager transactions,
      ScopeFilter scopes) {
    this.scopes = scopes;
    this.subjects = subjects;
    this.keys = keys;
    this.audit = audit;
    this.tx = new TransactionTemplate(transactions);
    this.resolution = new SubjectResolution(subjects, clock, tx);
  }

  @Override
  public SubjectId resolve(List<Identifier> identifiers) {
    if (identifiers == null || identifiers.isEmpty()) {
      throw new IllegalArgumentException("A subject needs at least one identifier");
    }
    SubjectCipher cipher = keys.cipher();
    // Sorted by index so that concurrent resolves take the unique-index locks in one order.
    List<IndexedIdentifier> indexed =
        identifiers.stream()
            .map(i -> IndexedIdentifier.of(i, cipher))
            .sorted(Comparator.comparing(i -> i.type() + HexFormat.of().formatHex(i.blindIndex())))
            .toList();
    SubjectResolution.Outcome outcome = resolution.resolve(distinct(indexed), cipher);
    if (outcome.created()) {
      // In the caller's transaction: if it rolls back, no subject was created and no entry says so.
      audit.record(
          REGISTRY.did(
              SubjectAuditAction.SUBJECT_CREATED,
              "subject",
              outcome.subject().toString(),
              SUCCESS));
    }
    return outcome.subject();
  }

  @Override
  public Optional<SubjectId> find(Identifier identifier) {
    IndexedIdentifier indexed = IndexedIdentifier.of(identifier, keys.cipher());
    return subjects.holderOf(indexed.type(), indexed.blindIndex()).map(SubjectId::new);
  }

  @Override
  public List<Optional<SubjectId>> findAll(List<Identifier> identifiers) {
    SubjectCipher cipher = keys.cipher();
    List<IndexedIdentifier> indexed =
        identifiers.stream().map(i -> IndexedIdentifier.of(i, cipher)).toList();
    Map<String, UUID> holders = subjects.holdersOf(indexed);
    return indexed.stream()
        .map(i -> Optional.ofNullable(holders.get(Subjects.key(i))).map(SubjectId::new))
        .toList();
  }

  @Override
  public List<Identifier> identifiersOf(SubjectId subject, String actor) {
    UUID live = subjects.live(subject.value()).orElseThrow(() -> unknown(subject));
    if (!scopes.visible(live, scopes.of(actor), actor)) {
      // Outside the reader's need-to-know scope the person is unknown to them (issue 18).
      scopes.refuse(actor, live);
      throw unknown(subject);
    }
    // Recorded before the values are handed out: a read of personal data never goes unrecorded.
    audit.recordDurably(
        AuditActor.of(actor)
            .did(
                SubjectAuditAction.SUBJECT_IDENTIFIERS_READ,
                "subject",
                subject.toString(),
                SUCCESS));
    SubjectCipher cipher = keys.cipher();
    List<Identifier> result = new ArrayList<>();
    for (StoredIdentifier row : subjects.identifiersOf(live)) {
      IdentifierType type = IdentifierType.fromCode(row.type()).orElseThrow();
      try {
        result.add(new Identifier(type, cipher.decrypt(type, row.id(), row.ciphertext())));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("Identifier row " + row.id() + " does not decrypt", e);
      }
    }
    return result;
  }

  @Override
  public Map<SubjectId, List<Identifier>> identifiersOfAll(
      java.util.Collection<SubjectId> wanted, no.vern.audit.AuditRecord read) {
    audit.recordDurably(read);
    SubjectCipher cipher = keys.cipher();
    Map<SubjectId, List<Identifier>> result = new java.util.LinkedHashMap<>();
    for (SubjectId subject : wanted) {
      Optional<UUID> live = subjects.live(subject.value());
      if (live.isEmpty()) {
        continue;
      }
      List<Identifier> found = new ArrayList<>();
      for (StoredIdentifier row : subjects.identifiersOf(live.get())) {
        IdentifierType type = IdentifierType.fromCode(row.type()).orElseThrow();
        try {
          found.add(new Identifier(type, cipher.decrypt(type, row.id(), row.ciphertext())));
        } catch (GeneralSecurityException e) {
          // One damaged row (a lost key) must not stop a whole list's mailing: it is left out and
          // named by id, so an operator can find it; the value is unreadable anyway.
          log.warn(
              "Identifier row {} does not decrypt with the current keyset; left out", row.id());
        }
      }
      result.put(subject, found);
    }
    return result;
  }

  @Override
  public void merge(SubjectId from, SubjectId into, String actor) {
    tx.executeWithoutResult(
        status -> {
          UUID source = subjects.live(from.value()).orElseThrow(() -> unknown(from));
          UUID target = subjects.live(into.value()).orElseThrow(() -> unknown(into));
          if (source.equals(target)) {
            throw new IllegalArgumentException("Subject " + from + " is already " + into);
          }
          if (!subjects.lockUnmerged(source, target)) {
            throw new IllegalStateException("A concurrent merge changed these subjects; retry");
          }
          subjects.merge(source, target);
        });
    // Both subjects changed, so a search of the trail by either id finds the merge.
    AuditActor who = AuditActor.of(actor);
    audit.recordDurably(
        who.did(SubjectAuditAction.SUBJECT_MERGED, "subject", from.toString(), SUCCESS));
    audit.recordDurably(
        who.did(SubjectAuditAction.SUBJECT_MERGED, "subject", into.toString(), SUCCESS));
  }

  private static List<IndexedIdentifier> distinct(List<IndexedIdentifier> indexed) {
    Set<String> seen = new LinkedHashSet<>();
    return indexed.stream()
        .filter(i -> seen.add(i.type() + HexFormat.of().formatHex(i.blindIndex())))
        .toList();
  }

  @Override
  public Optional<SubjectId> current(SubjectId subject) {
    return subjects.live(subject.value()).map(SubjectId::new);
  }

  @Override
  public List<SubjectId> mergeSuggestions(SubjectId subject) {
    UUID live = subjects.live(subject.value()).orElseThrow(() -> unknown(subject));
    return subjects.suggestedWith(live).stream()
        .map(subjects::live)
        .flatMap(Optional::stream)
        .filter(other -> !other.equals(live))
        .distinct()
        .map(SubjectId::new)
        .toList();
  }

  private static UnknownSubjectException unknown(SubjectId subject) {
    return new UnknownSubjectException(subject);
  }
}
