package no.vern.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.vern.support.SchemaDump;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What someone holding a copy of the database would see: none of the identifiers in clear. */
@VernTest
class SubjectDatabaseDumpIT {

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
    SubjectId subject = registry.resolve(stored);
    String text = SchemaDump.of(jdbc.sql("SELECT current_schema()").query(String.class).single());
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
