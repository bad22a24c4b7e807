package no.vern.intake.idempotency;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import no.vern.intake.config.IntakeSettings;
import no.vern.intake.imports.ImportLog;
import no.vern.intake.imports.ImportReport;
import no.vern.intake.records.RecordRequest;
import no.vern.shared.problem.ApiProblem;
import no.vern.subject.ImportId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} for {@code POST /api/v1/records} and {@code POST /api/v1/imports} (IETF
 * httpapi idempotency-key draft; docs/intake.md). Keys belong to the calling principal. The first
 * request claims its key; a repeat with the same request gets the stored answer and stores nothing;
 * a repeat with another request gets 422; a repeat while the first still runs gets 409.
 */
@Component
public class Idempotency {

  static final String RECORDS = "records";
  static final String IMPORTS = "imports";

  /** Canonical, so that key order and spacing of a JSON body do not change its fingerprint. */
  private static final JsonMapper CANONICAL =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private final JsonMapper json;
  private final IdempotencyKeys keys;
  private final ImportLog imports;
  private final IntakeSettings settings;
  private final Clock clock;

  /** The answers are stored as Spring writes them, so a replay is the same text. */
  Idempotency(
      JsonMapper json,
      IdempotencyKeys keys,
      ImportLog imports,
      IntakeSettings settings,
      Clock clock) {
    this.json = json;
    this.keys = keys;
    this.imports = imports;
    this.settings = settings;
    this.clock = clock;
  }

  /** A request holding its key until it finishes. */
  public final class Claim {
    private final String principal;
    private final String key;
    private final UUID id;
    private Instant touched;
    private boolean finished;

    private Claim(String principal, String key, UUID id, Instant at) {
      this.principal = principal;
      this.key = key;
      this.id = id;
      this.touched = at;
    }

    /**
     * Stores the answer with the key. Call it in the transaction that stores the data, so that the
     * data and the answer are kept together or not at all.
     */
    public void complete(HttpStatus status, String location, Object body) {
      if (!keys.finish(
          principal,
          key,
          id,
          "DONE",
          null,
          status.value(),
          location,
          json.writeValueAsString(body),
          clock.instant())) {
        throw IdempotencyAnswers.inProgress();
      }
      finished = true;
    }

    /** Shows a long import is alive, so its key is not taken for abandoned. */
    void progress() {
      Instant now = clock.instant();
      if (now.isAfter(touched.plus(settings.idempotencyLease().dividedBy(4)))) {
        keys.touch(principal, key, id, now);
        touched = now;
      }
    }
  }

  /** Runs {@code work} once per key and request; a repeat gets the stored answer. */
  public ResponseEntity<?> records(
      String header,
      String principal,
      RecordRequest request,
      Function<Claim, ResponseEntity<?>> work) {
    IdempotencyKey key = IdempotencyKey.parse(header);
    byte[] fingerprint =
        IdempotencyAnswers.fingerprint(RECORDS).digest(CANONICAL.writeValueAsBytes(request));
    Instant now = clock.instant();
    UUID claim = UUID.randomUUID();
    if (!keys.claim(principal, key.value(), RECORDS, fingerprint, claim, now, expiredBefore(now))) {
      IdempotencyKeys.Stored stored = existing(principal, key);
      if (!RECORDS.equals(stored.operation())
          || !Arrays.equals(stored.fingerprint(), fingerprint)) {
        throw IdempotencyAnswers.reused();
      }
      if ("DONE".equals(stored.state())) {
        return IdempotencyAnswers.replay(stored);
      }
      // A crashed instance's claim: its record and answer were stored together or not at all, so
      // taking the key over cannot store anything twice.
      boolean abandoned = stored.touchedAt().plus(settings.idempotencyLease()).isBefore(now);
      if (!abandoned
          || !keys.takeOver(principal, key.value(), stored.claim(), claim, fingerprint, now)) {
        throw IdempotencyAnswers.inProgress();
      }
    }
    Claim held = new Claim(principal, key.value(), claim, now);
    try {
      return work.apply(held);
    } finally {
      if (!held.finished) {
        keys.release(principal, key.value(), claim);
      }
    }
  }

  /** The work of an import, on a body that is digested as it is read. */
  public interface ImportWork {
    ImportReport run(InputStream body, ImportId id, Runnable progress) throws IOException;
  }

  public ResponseEntity<?> imports(
      String header,
      String principal,
      String activity,
      String source,
      InputStream body,
      ImportWork work)
      throws IOException {
    IdempotencyKey key = IdempotencyKey.parse(header);
    MessageDigest digest =
        IdempotencyAnswers.fingerprint(IMPORTS + "\n" + activity + "\n" + source);
    DigestInputStream digesting = new DigestInputStream(body, digest);
    Instant now = clock.instant();
    UUID claim = UUID.randomUUID();
    if (!keys.claim(principal, key.value(), IMPORTS, null, claim, now, expiredBefore(now))) {
      return repeatedImport(existing(principal, key), digesting, now);
    }
    Claim held = new Claim(principal, key.value(), claim, now);
    ImportId id = new ImportId(UUID.randomUUID());
    ImportReport report;
    try {
      // The import closes what it reads; the rest must still be read for the fingerprint.
      report =
          work.run(
              new FilterInputStream(digesting) {
                @Override
                public void close() {}
              },
              id,
              held::progress);
      // An import that stopped early (row limit, broken CSV) is still fingerprinted whole.
      digesting.transferTo(OutputStream.nullOutputStream());
    } catch (ApiProblem problem) {
      keys.release(principal, key.value(), claim);
      throw problem;
    } catch (IOException | RuntimeException e) {
      interrupted(held, id);
      throw e;
    }
    if (!keys.finish(
        principal,
        key.value(),
        claim,
        "DONE",
        digest.digest(),
        HttpStatus.OK.value(),
        null,
        json.writeValueAsString(report),
        clock.instant())) {
      throw IdempotencyAnswers.inProgress();
    }
    return ResponseEntity.ok(report);
  }

  private ResponseEntity<?> repeatedImport(
      IdempotencyKeys.Stored stored, DigestInputStream body, Instant now) throws IOException {
    if (!IMPORTS.equals(stored.operation())) {
      throw IdempotencyAnswers.reused();
    }
    switch (stored.state()) {
      case "DONE" -> {
        body.transferTo(OutputStream.nullOutputStream());
        if (!Arrays.equals(stored.fingerprint(), body.getMessageDigest().digest())) {
          throw IdempotencyAnswers.reused();
        }
        return IdempotencyAnswers.replay(stored);
      }
      case "INTERRUPTED" ->
          throw IdempotencyAnswers.interruptedImport(
              json.readValue(stored.responseBody(), ImportLog.Counts.class));
      default -> {
        if (stored.touchedAt().plus(settings.idempotencyLease()).isBefore(now)) {
          // Rows may have been stored before the instance stopped: never run it again.
          throw IdempotencyAnswers.interruptedImport(null);
        }
        throw IdempotencyAnswers.inProgress();
      }
    }
  }

  /** Rows may already be stored: the key is kept, and says so to a retry. */
  private void interrupted(Claim claim, ImportId id) {
    var counts = imports.counts(id);
    if (counts.isEmpty()) {
      keys.release(claim.principal, claim.key, claim.id);
      return;
    }
    keys.finish(
        claim.principal,
        claim.key,
        claim.id,
        "INTERRUPTED",
        null,
        HttpStatus.CONFLICT.value(),
        null,
        json.writeValueAsString(counts.get()),
        clock.instant());
  }

  private IdempotencyKeys.Stored existing(String principal, IdempotencyKey key) {
    // Gone between the claim and this read: it expired or was released just now.
    return keys.find(principal, key.value()).orElseThrow(IdempotencyAnswers::inProgress);
  }

  private Instant expiredBefore(Instant now) {
    return now.minus(settings.idempotencyRetention());
  }
}
