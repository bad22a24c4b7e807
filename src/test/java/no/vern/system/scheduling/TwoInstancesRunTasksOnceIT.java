package no.vern.system.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.vern.VernApplication;
import no.vern.support.TestDatabase;
import no.vern.support.TestDatabaseInitializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Vern instances (two application contexts in this JVM, without web servers) on one database:
 * every due run of a task happens on exactly one of them, and a run left picked by an instance that
 * died is run again by a live one.
 */
class TwoInstancesRunTasksOnceIT {

  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;
  private static JdbcClient jdbc;

  @BeforeAll
  static void startTwoInstances() throws Exception {
    TestDatabase.Connection db = TestDatabase.get();
    try (var c = DriverManager.getConnection(db.url(), db.user(), db.password());
        var s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS test_task_runs"
              + " (execution_time timestamptz NOT NULL, instance text NOT NULL,"
              + " ran_at timestamptz NOT NULL)");
    }
    // One after the other: the first also creates the schema and the shared key files.
    first = start("first");
    second = start("second");
    jdbc = JdbcClient.create(first.getBean(javax.sql.DataSource.class));
  }

  @AfterAll
  static void stop() {
    if (second != null) {
      second.close();
    }
    if (first != null) {
      first.close();
    }
  }

  private static ConfigurableApplicationContext start(String instance) {
    return new SpringApplicationBuilder(VernApplication.class, CountingTask.class)
        .web(WebApplicationType.NONE)
        .profiles("test")
        .initializers(new TestDatabaseInitializer())
        .properties("vern.test.instance=" + instance, "spring.main.banner-mode=off")
        .run();
  }

  @Test
  void eachDueRunHappensOnceOnOneOfTheInstances() throws Exception {
    awaitRuns("SELECT count(*) FROM test_task_runs", 10, Duration.ofSeconds(40));
    long runs = count("SELECT count(*) FROM test_task_runs");
    long distinct = count("SELECT count(DISTINCT execution_time) FROM test_task_runs");
    assertThat(runs).isGreaterThanOrEqualTo(10);
    assertThat(distinct).as("due times run more than once").isEqualTo(runs);
    List<Map<String, Object>> byInstance =
        jdbc.sql("SELECT instance, count(*) AS runs FROM test_task_runs GROUP BY instance")
            .query()
            .listOfRows();
    // Printed, not asserted: which instance polls first after a due time is up to timing.
    org.slf4j.LoggerFactory.getLogger(getClass()).info("Runs per instance: {}", byInstance);
  }

  @Test
  void aRunLeftByAnInstanceThatDiedIsRunAgainByALiveOne() throws Exception {
    // What a kill -9 in the middle of a run leaves behind: picked, heart-beats stopped long ago.
    int marked = 0;
    for (int i = 0; i < 100 && marked == 0; i++) {
      marked =
          jdbc.sql(
                  "UPDATE scheduled_tasks SET picked = true, picked_by = 'killed-instance',"
                      + " last_heartbeat = now() - interval '1 hour', version = version + 1"
                      + " WHERE task_name = ? AND NOT picked")
              .param(CountingTask.NAME)
              .update();
      Thread.sleep(marked == 0 ? 50 : 0);
    }
    assertThat(marked).as("the counting task's row, caught between runs").isEqualTo(1);
    long before = count("SELECT count(*) FROM test_task_runs");

    // Nothing runs while the row looks taken; the dead-run check (every 2 heartbeats) frees it.
    awaitRuns("SELECT count(*) - " + before + " FROM test_task_runs", 2, Duration.ofSeconds(30));
    assertThat(count("SELECT count(*) FROM test_task_runs")).isGreaterThanOrEqualTo(before + 2);
    assertThat(
            jdbc.sql("SELECT picked_by FROM scheduled_tasks WHERE task_name = ?")
                .param(CountingTask.NAME)
                .query(String.class)
                .optional())
        .isNotEqualTo(Optional.of("killed-instance"));
  }

  private static void awaitRuns(String countSql, long atLeast, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (count(countSql) < atLeast && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
  }

  private static long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
