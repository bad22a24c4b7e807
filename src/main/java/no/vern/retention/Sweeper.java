package no.vern.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.audit.EvidenceSigner;
import no.vern.retention.PurgeCertificate.Certificate;
import no.vern.retention.PurgeCertificate.Evidence;
import no.vern.retention.RetentionRules.Rule;
import no.vern.retention.RetentionRules.Rules;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.time.Deadlines;
import no.vern.subject.SubjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention sweep: every record due on or before today (Norwegian calendar) under the active
 * inventory's rules, not held, is erased or anonymised, in batches of one transaction each (the
 * records, what is left of anonymised ones, and the run's counts commit together, so a kill leaves
 * every batch done or not begun); then the people left without records lose their identifiers
 * ({@link SweepSettlement}). A run killed half-way is taken over by the next once its lease has run
 * out, which finishes the work and writes the evidence once. Ends with one audit entry naming the
 * run and the SHA-256 of its evidence, and a signed purge certificate.
 */
@Service
class Sweeper {

  private static final Logger log = LoggerFactory.getLogger(Sweeper.class);

  private final RetentionRules rules;
  private final DueRecords due;
  private final SweepRuns runs;
  private final SweepBatch batches;
  private final SweepSettlement settlement;
  private final ProofStores proofs;
  private final EvidenceSigner signer;
  private final AuditTrail audit;
  private final ApplicationEventPublisher publisher;
  private final RetentionSettings settings;
  private final TransactionTemplate tx;
  private final Clock clock;

  Sweeper(
      RetentionRules rules,
      DueRecords due,
      SweepRuns runs,
      SweepBatch batches,
      SweepSettlement settlement,
      ProofStores proofs,
      EvidenceSigner signer,
      AuditTrail audit,
      ApplicationEventPublisher publisher,
      RetentionSettings settings,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.rules = rules;
    this.due = due;
    this.runs = runs;
    this.batches = batches;
    this.settlement = settlement;
    this.proofs = proofs;
    this.signer = signer;
    this.audit = audit;
    this.publisher = publisher;
    this.settings = settings;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** The {@code retention.sweep} task: a run already at work elsewhere is left to finish. */
  void onSchedule() {
    try {
      run("system:retention", clock);
    } catch (ApiProblem running) {
      // Another instance or an administrator's run holds the lease; it finishes the day's work.
    }
  }

  /** Runs the sweep now with Vern's clock; throws {@link RetentionProblem#SWEEP_RUNNING}. */
  Certificate run(String actor) {
    return run(actor, clock);
  }

  /** With a given clock, so tests can move the day. */
  Certificate run(String actor, Clock at) {
    Rules active = rules.active();
    UUID run = begin(active, actor, at);
    LocalDate day = runs.sweptDay(run);
    long started = System.nanoTime();
    for (Rule rule : active.rules()) {
      SweepBatch.Cursor cursor =
          ProofStores.handles(rule)
              ? SweepBatch.Cursor.start(rule)
              : batches.start(rule, day, settings.batchSize());
      if (cursor.page() != null) {
        cursor = pagePass(run, rule, day, at, cursor, page -> {});
      }
      while (!cursor.done()) {
        cursor = batch(run, rule, day, at, cursor);
      }
    }
    long batched = System.nanoTime();
    String how = settle(run, at);
    long settled = System.nanoTime();
    Certificate certificate = finish(run, active, at);
    // Where a run's time went, for whoever tunes it (bench/RETENTION.md); ids and times only.
    log.info(
        "Sweep {}: batches {} ms, settlement ({}) {} ms, evidence {} ms",
        run,
        (batched - started) / 1_000_000,
        how,
        (settled - batched) / 1_000_000,
        (System.nanoTime() - settled) / 1_000_000);
    return certificate;
  }

  UUID begin(Rules active, String actor, Clock at) {
    Instant now = at.instant();
    LocalDate day = LocalDate.ofInstant(now, Deadlines.NORWAY);
    return tx.execute(s -> runs.begin(day, active.version(), actor, now, settings.lease()))
        .orElseThrow(
            () ->
                new ApiProblem(
                    RetentionProblem.SWEEP_RUNNING,
                    "Another sweep is running; its certificate will be on the retention page."));
  }

  /** One batch in one transaction; answers where the next one starts. */
  SweepBatch.Cursor batch(UUID run, Rule rule, LocalDate day, Clock at, SweepBatch.Cursor from) {
    if (ProofStores.handles(rule)) {
      return tx.execute(
          s -> {
            int n = proofs.purge(rule, day, settings.batchSize());
            if (n > 0) {
              runs.count(run, rule, n);
              runs.extend(run, at.instant().plus(settings.lease()));
            }
            return new SweepBatch.Cursor(true, null, null, n == 0);
          });
    }
    return tx.execute(
        s -> {
          SweepBatch.Result done =
              batches.run(
                  run, rule, day, settings.batchSize(), from, at.instant().plus(settings.lease()));
          List<SubjectId> people = done.people().stream().map(SubjectId::new).toList();
          if (!people.isEmpty()) {
            publisher.publishEvent(new RecordsErased(new SweepId(run), rule.activity(), people));
          }
          return done.next();
        });
  }

  /**
   * A big backlog in physical order: the table's pages as they are now, a batch per range of them,
   * on the configured number of workers; answers where the rule goes on (records written behind the
   * pass are the index pass's, see {@link SweepBatch.Cursor}). {@code afterRange} is told each
   * range's first page once its batch has committed: nothing in a run listens, a test writes a
   * record behind the pass there.
   */
  SweepBatch.Cursor pagePass(
      UUID run,
      Rule rule,
      LocalDate day,
      Clock at,
      SweepBatch.Cursor start,
      LongConsumer afterRange) {
    PageRanges.forEach(
        batches.pages(),
        start.step(),
        settings.workers(),
        page -> {
          batch(run, rule, day, at, start.at(page));
          afterRange.accept(page);
        });
    return batches.afterPages(rule, start);
  }

  /**
   * The people the batches left without records lose their identifiers, a range of the queue at a
   * time on the configured number of workers (each person is on the queue once, so no two ranges
   * share one); answers how, for the run's log line.
   */
  String settle(UUID run, Clock at) {
    long step = SweepSettlement.step(settings.batchSize());
    tx.executeWithoutResult(s -> settlement.compact());
    PageRanges.forEach(
        settlement.pages(),
        step,
        settings.workers(),
        page ->
            tx.executeWithoutResult(
                s -> {
                  settlement.settle(page, step);
                  runs.extend(run, at.instant().plus(settings.lease()));
                }));
    return "each person once, by page range, " + settings.workers() + " workers";
  }

  Certificate finish(UUID run, Rules active, Clock at) {
    return tx.execute(
        s -> {
          LocalDate day = runs.sweptDay(run);
          for (Rule rule : active.rules()) {
            long held =
                ProofStores.handles(rule) ? proofs.heldCount(rule, day) : due.held(rule, day);
            if (held > 0) {
              runs.held(run, rule, held);
            }
          }
          SweepRuns.Run stored = runs.find(run).orElseThrow();
          Instant now = at.instant();
          Evidence evidence =
              new Evidence(
                  run.toString(),
                  stored.inventoryVersion(),
                  day,
                  stored.startedAt(),
                  now,
                  runs.counts(run));
          Certificate certificate = PurgeCertificate.sign(evidence, signer);
          runs.finish(run, now, PurgeCertificate.json(certificate), certificate.sha256());
          // In the run's last transaction: the entry exists exactly when the evidence does.
          audit.recordDurably(
              AuditActor.of(stored.actor())
                  .did(
                      RetentionAuditAction.SWEEP_COMPLETED,
                      "retention-sweep",
                      run + ":" + certificate.sha256(),
                      Outcome.SUCCESS));
          return certificate;
        });
  }
}
