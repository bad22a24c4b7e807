package no.vern.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A failing SQL statement must not carry the values it was given into the exception message, since
 * that message is what ends up in the logs.
 */
@VernTest
class DatabaseErrorsKeepValuesOutIT {

  private static final String VALUE = "duplicate.person@example.invalid";

  @Autowired DataSource dataSource;

  @Test
  void aUniqueViolationDoesNotQuoteTheValue() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TEMP TABLE unique_probe (email text UNIQUE)");
      s.execute("INSERT INTO unique_probe VALUES ('" + VALUE + "')");
      Throwable failure =
          catchThrowable(() -> s.execute("INSERT INTO unique_probe VALUES ('" + VALUE + "')"));
      assertThat(failure).isNotNull().hasMessageContaining("unique");
      assertThat(failure.getMessage()).doesNotContain(VALUE);
      s.execute("DROP TABLE unique_probe");
    }
  }
}
