package no.vern.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.vern.support.TestDatabase;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What someone holding a copy of the database would see: none of the identifiers in clear. */
@VernTest
class SubjectDatabaseDumpIT {

  static final Path PG_DUMP = Path.of("/usr/lib/postgresql/15/bin/pg_dump");

  @Autowired SubjectRegistry registry;
  @Autowired JdbcClient jdbc;

  final List<Identifier> stored =
      List.of(
          SubjectFixtures.nationalId(),
          SubjectFixtures.bankAccount(),
          SubjectFixtures.email(),
          SubjectFixtures.phone());

  @Test
  void noTableOfTheSchemaHoldsAnIdentifierInClear() {
    SubjectId subject = registry.resolve(stored);
    List<String> tables =
        jdbc.sql(
                "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")
            .query(String.class)
            .list();
    assertThat(tables).contains("subject_identifier", "audit_entry");
    // The search itself works: the subject's id, which is no secret, is found.
    assertThat(
            jdbc.sql("SELECT count(*) FROM subject t WHERE strpos(lower(t::text), ?) > 0")
                .param(subject.toString())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    for (String table : tables) {
      String sql = "SELECT count(*) FROM \"" + table + "\" t WHERE strpos(lower(t::text), ?) > 0";
      for (Identifier identifier : stored) {
        for (String form : SubjectFixtures.formsOf(identifier)) {
          assertThat(jdbc.sql(sql).param(form.toLowerCase()).query(Long.class).single())
              .as("rows of %s holding a %s", table, identifier.type().code())
              .isZero();
        }
      }
    }
  }

  @Test
  void aRealDumpHoldsNoneEither() throws Exception {
    assumeThat(Files.isExecutable(PG_DUMP)).as("pg_dump 15 installed").isTrue();
    SubjectId subject = registry.resolve(stored);
    var db = TestDatabase.get();
    Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+).*").matcher(db.url());
    assumeThat(url.matches()).as("a plain PostgreSQL URL").isTrue();
    String schema = jdbc.sql("SELECT current_schema()").query(String.class).single();
    Path out = Files.createTempFile(Path.of("target"), "subject-dump-", ".sql");
    var pb =
        new ProcessBuilder(
                PG_DUMP.toString(),
                "-h",
                url.group(1),
                "-p",
                url.group(2),
                "-U",
                db.user(),
                "-n",
                schema,
                "-f",
                out.toString(),
                url.group(3))
            .redirectErrorStream(true);
    pb.environment().put("PGPASSWORD", db.password());
    Process dump = pb.start();
    dump.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    assumeThat(dump.waitFor(60, TimeUnit.SECONDS) && dump.exitValue() == 0)
        .as("pg_dump could reach the test database")
        .isTrue();
    String text = Files.readString(out, StandardCharsets.UTF_8).toLowerCase();
    Files.delete(out);
    assertThat(text).contains("subject_identifier").contains(subject.toString());
    for (Identifier identifier : stored) {
      for (String form : SubjectFixtures.formsOf(identifier)) {
        assertThat(text)
            .as("dump holding a %s", identifier.type().code())
            .doesNotContain(form.toLowerCase());
      }
    }
  }
}
