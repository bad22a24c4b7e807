package no.vern.support;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real {@code pg_dump} of the test schema, as someone holding a backup would read it: lower case,
 * so a search need not care how a value was written (bytea comes out as lower-case hex).
 */
public final class SchemaDump {

  static final Path PG_DUMP = Path.of("/usr/lib/postgresql/15/bin/pg_dump");

  private SchemaDump() {}

  /** The dump's text; the test is skipped where pg_dump 15 or the database cannot be reached. */
  public static String of(String schema) throws IOException, InterruptedException {
    assumeThat(Files.isExecutable(PG_DUMP)).as("pg_dump 15 installed").isTrue();
    var db = TestDatabase.get();
    Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+).*").matcher(db.url());
    assumeThat(url.matches()).as("a plain PostgreSQL URL").isTrue();
    Files.createDirectories(Path.of("target"));
    Path out = Files.createTempFile(Path.of("target"), "schema-dump-", ".sql");
    try {
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
      dump.getInputStream().transferTo(OutputStream.nullOutputStream());
      assumeThat(dump.waitFor(60, TimeUnit.SECONDS) && dump.exitValue() == 0)
          .as("pg_dump could reach the test database")
          .isTrue();
      return Files.readString(out, StandardCharsets.UTF_8).toLowerCase();
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
