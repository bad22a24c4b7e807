package no.vern.subject;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import no.vern.subject.domain.TimeOrderedIds;

/**
 * Decides, for a batch of entries in order, which subject each is about, exactly as one {@link
 * SubjectResolution} per entry would: an entry whose identifiers are all unknown gets a new
 * subject; one known subject is taken; several known subjects give the oldest and a merge
 * suggestion for each other; unknown identifiers are attached to the subject. "Known" covers what
 * the database held when the batch was read and what earlier entries of the same batch attached.
 */
final class BatchResolution {

  /** An identifier as the unique constraint sees it. */
  record Key(String type, ByteBuffer blindIndex) {
    static Key of(IndexedIdentifier identifier) {
      return new Key(identifier.type(), ByteBuffer.wrap(identifier.blindIndex()));
    }
  }

  record Holder(UUID subject, Instant createdAt) {}

  record Attachment(IndexedIdentifier identifier, UUID subject) {}

  record Suggestion(UUID subject, UUID candidate) {}

  private static final Comparator<Holder> OLDEST =
      Comparator.comparing(Holder::createdAt)
          .thenComparing(Holder::subject, TimeOrderedIds::compare);

  private final Map<Key, Holder> known;
  private final Supplier<UUID> newIds;
  private final Instant now;
  final List<Holder> created = new ArrayList<>();
  final List<Attachment> attachments = new ArrayList<>();
  final Set<Suggestion> suggestions = new LinkedHashSet<>();

  BatchResolution(Map<Key, Holder> known, Supplier<UUID> newIds, Instant now) {
    this.known = new HashMap<>(known);
    this.newIds = newIds;
    this.now = now;
  }

  /** The subject of the next entry, whose identifiers are distinct. */
  Holder resolve(List<IndexedIdentifier> identifiers) {
    Set<Holder> holders = new LinkedHashSet<>();
    for (IndexedIdentifier identifier : identifiers) {
      Holder holder = known.get(Key.of(identifier));
      if (holder != null) {
        holders.add(holder);
      }
    }
    Holder subject;
    if (holders.isEmpty()) {
      subject = new Holder(newIds.get(), now);
      created.add(subject);
    } else {
      subject = holders.stream().min(OLDEST).orElseThrow();
      holders.stream()
          .filter(other -> !other.subject().equals(subject.subject()))
          .forEach(other -> suggestions.add(new Suggestion(subject.subject(), other.subject())));
    }
    for (IndexedIdentifier identifier : identifiers) {
      if (known.putIfAbsent(Key.of(identifier), subject) == null) {
        attachments.add(new Attachment(identifier, subject.subject()));
      }
    }
    return subject;
  }
}
