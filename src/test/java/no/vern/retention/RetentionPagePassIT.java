package no.vern.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import no.vern.retention.RetentionFixtures.Person;
import no.vern.retention.RetentionRules.Rule;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectRegistry;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backlog taken page by page: a record made due behind the pass (on a page it has read) is still
 * erased by the same run, because the pass then looks along the index too; without any write
 * meanwhile that second look is left out.
 */
@VernTest
class RetentionPagePassIT {

  static final LocalDate LONG_AGO = LocalDate.of(2021, 1, 5);
  static final LocalDate SWEPT = LocalDate.of(2030, 1, 7);
  static final int BATCH = 5;

  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired Sweeper sweeper;
  @Autowired SweepBatch batches;
  @Autowired RetentionRules rules;
  @Autowired SweepRuns runs;
  @Autowired JdbcClient jdbc;
  RetentionFixtures fixtures;

  @BeforeEach
  void setUp() {
    fixtures = new RetentionFixtures(registry, records);
  }

  @Test
  void aRecordMadeDueBehindThePagePassIsErasedByTheSameRun() {
    List<Person> recent = new ArrayList<>();
    List<Person> due = backlog(recent);
    Clock at = RetentionFixtures.at(SWEPT);
    var active = rules.active();
    Rule website = website(active);
    UUID run = sweeper.begin(active, "system:test", at);
    LocalDate day = runs.sweptDay(run);
    AtomicReference<Person> behind = new AtomicReference<>();
    AtomicBoolean keptWhenRead = new AtomicBoolean();
    SweepBatch.Cursor afterPages;
    try {
      SweepBatch.Cursor start = batches.start(website, day, BATCH);
      assertThat(start.page()).as("the backlog is taken page by page").isNotNull();
      // The sweep's own page pass (two workers by default); after the first committed range that
      // holds a record not yet due, that record's collection date is corrected to long ago: due
      // now, on a page the pass has read.
      afterPages =
          sweeper.pagePass(
              run,
              website,
              day,
              at,
              start,
              first -> {
                if (behind.get() != null) {
                  return;
                }
                recent.stream()
                    .filter(p -> isWithin(p, first, start.step()))
                    .findFirst()
                    .filter(p -> behind.compareAndSet(null, p))
                    .ifPresent(
                        p -> {
                          keptWhenRead.set(exists(p));
                          makeDue(p);
                        });
              });
      batchesUntilDone(run, website, day, at, afterPages);
    } finally {
      end(run, active, at);
    }

    assertThat(behind.get()).as("a record not yet due on a page the pass read").isNotNull();
    assertThat(keptWhenRead).as("not due when its page was read").isTrue();
    assertThat(exists(behind.get())).as("erased by the same run").isFalse();
    assertThat(due).noneMatch(this::exists);
    assertThat(afterPages)
        .as("the pass looks along the index after the pages")
        .matches(c -> c.page() == null && !c.reported() && !c.done());
  }

  @Test
  void withoutAWriteDuringThePagePassItDoesNotLookAlongTheIndex() {
    List<Person> due = backlog(new ArrayList<>());
    Clock at = RetentionFixtures.at(SWEPT);
    var active = rules.active();
    Rule website = website(active);
    UUID run = sweeper.begin(active, "system:test", at);
    LocalDate day = runs.sweptDay(run);
    SweepBatch.Cursor afterPages;
    List<SweepBatch.Cursor> after;
    try {
      SweepBatch.Cursor start = batches.start(website, day, BATCH);
      assertThat(start.page()).isNotNull();
      afterPages = sweeper.pagePass(run, website, day, at, start, first -> {});
      after = batchesUntilDone(run, website, day, at, afterPages);
    } finally {
      end(run, active, at);
    }

    assertThat(due).noneMatch(this::exists);
    assertThat(afterPages).as("straight to the reported records").matches(c -> c.reported());
    assertThat(after).noneMatch(c -> c.page() == null && !c.reported() && !c.done());
  }

  private boolean isWithin(Person p, long firstPage, long pages) {
    long page = page(p);
    return page >= firstPage && page < firstPage + pages;
  }

  private void makeDue(Person p) {
    jdbc.sql("UPDATE personal_data_record SET collected_at = ? WHERE id = ?")
        .params(java.sql.Timestamp.from(RetentionFixtures.on(LONG_AGO)), p.record().value())
        .update();
  }

  /**
   * Due website records, enough that the sweep takes them page by page (at least one per four pages
   * of the table, which other tests fill too), with a record not yet due after every tenth (into
   * {@code recent}), so that those lie among the pages the pass reads.
   */
  private List<Person> backlog(List<Person> recent) {
    List<Person> due = new ArrayList<>();
    // The pass reads BATCH * pages / due pages a batch; these records need more pages than that.
    for (int i = 0;
        i < 5000
            && (due.size() < 8 * BATCH || (long) due.size() * due.size() < 200L * BATCH * pages());
        i++) {
      due.add(fixtures.collected("website", LONG_AGO));
      if (i % 10 == 0) {
        recent.add(fixtures.collected("website", SWEPT.minusMonths(1)));
      }
    }
    return due;
  }

  private List<SweepBatch.Cursor> batchesUntilDone(
      UUID run, Rule rule, LocalDate day, Clock at, SweepBatch.Cursor from) {
    List<SweepBatch.Cursor> seen = new ArrayList<>();
    SweepBatch.Cursor cursor = from;
    while (!cursor.done()) {
      cursor = sweeper.batch(run, rule, day, at, cursor);
      seen.add(cursor);
    }
    return seen;
  }

  /** Ends the run even when the test failed, so its lease does not hold up the next sweep. */
  private void end(UUID run, RetentionRules.Rules active, Clock at) {
    sweeper.settle(run, at);
    sweeper.finish(run, active, at);
  }

  private static Rule website(RetentionRules.Rules active) {
    return active.rules().stream()
        .filter(r -> r.activity().equals("website"))
        .findFirst()
        .orElseThrow();
  }

  private long pages() {
    return jdbc.sql(
            "SELECT pg_relation_size('personal_data_record') / current_setting('block_size')::bigint")
        .query(Long.class)
        .single();
  }

  private long page(Person p) {
    return jdbc.sql("SELECT (ctid::text::point)[0]::bigint FROM personal_data_record WHERE id = ?")
        .param(p.record().value())
        .query(Long.class)
        .single();
  }

  private boolean exists(Person p) {
    return jdbc.sql("SELECT count(*) FROM personal_data_record WHERE id = ?")
            .param(p.record().value())
            .query(Long.class)
            .single()
        > 0;
  }
}
