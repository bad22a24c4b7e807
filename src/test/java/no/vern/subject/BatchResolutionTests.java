package no.vern.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.BatchResolution.Holder;
import no.vern.subject.BatchResolution.Key;
import no.vern.subject.BatchResolution.Suggestion;
import no.vern.subject.domain.TimeOrderedIds;
import org.junit.jupiter.api.Test;

/** The batch decides as one resolve per entry in order would. */
class BatchResolutionTests {

  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
  private final TimeOrderedIds ids = new TimeOrderedIds();

  @Test
  void entriesSharingAnIdentifierInOneBatchGetOneNewSubject() {
    BatchResolution batch = batch(Map.of());
    IndexedIdentifier email = indexed("email", 1);
    IndexedIdentifier phone = indexed("phone", 2);

    Holder first = batch.resolve(List.of(email));
    Holder second = batch.resolve(List.of(phone, email));
    Holder third = batch.resolve(List.of(phone));

    assertThat(second).isEqualTo(first);
    assertThat(third).isEqualTo(first);
    assertThat(batch.created).containsExactly(first);
    assertThat(batch.attachments).extracting(a -> a.identifier()).containsExactly(email, phone);
    assertThat(batch.suggestions).isEmpty();
  }

  @Test
  void anEntryJoiningTwoKnownSubjectsGoesToTheOldestAndSuggestsAMerge() {
    IndexedIdentifier older = indexed("email", 3);
    IndexedIdentifier newer = indexed("phone", 4);
    Holder old = new Holder(UUID.randomUUID(), NOW.minusSeconds(60));
    Holder young = new Holder(UUID.randomUUID(), NOW.minusSeconds(1));
    BatchResolution batch = batch(Map.of(Key.of(older), old, Key.of(newer), young));
    IndexedIdentifier fresh = indexed("customerNumber", 5);

    Holder chosen = batch.resolve(List.of(newer, fresh, older));

    assertThat(chosen).isEqualTo(old);
    assertThat(batch.created).isEmpty();
    assertThat(batch.attachments).extracting(a -> a.identifier()).containsExactly(fresh);
    assertThat(batch.suggestions).containsExactly(new Suggestion(old.subject(), young.subject()));
  }

  @Test
  void twoSubjectsNewInTheSameBatchAreJoinedToTheFirstCreated() {
    BatchResolution batch = batch(Map.of());
    IndexedIdentifier a = indexed("email", 6);
    IndexedIdentifier b = indexed("email", 7);
    Holder first = batch.resolve(List.of(a));
    Holder second = batch.resolve(List.of(b));

    Holder both = batch.resolve(List.of(b, a));

    // Same creation instant: the lower id is "older", as PostgreSQL's ORDER BY created_at, id.
    Holder expected =
        TimeOrderedIds.compare(first.subject(), second.subject()) < 0 ? first : second;
    assertThat(both).isEqualTo(expected);
    assertThat(batch.suggestions).hasSize(1);
  }

  private BatchResolution batch(Map<Key, Holder> known) {
    return new BatchResolution(known, () -> ids.next(NOW.toEpochMilli()), NOW);
  }

  private static IndexedIdentifier indexed(String type, int index) {
    byte[] blind = new byte[32];
    blind[0] = (byte) index;
    return new IndexedIdentifier(
        new Identifier(IdentifierType.fromCode(type).orElseThrow(), "synthetic-" + index),
        "synthetic-" + index,
        blind);
  }
}
