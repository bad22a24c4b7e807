package no.vern.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import no.vern.retention.RetentionFixtures.Person;
import no.vern.subject.Identifier;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.SchemaDump;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a backup would show after a sweep: nothing of a person whose records were erased or
 * anonymised, neither their identifiers in any form, nor the blind indexes and ciphertexts that
 * stood for them, in any table or in a real {@code pg_dump} of the schema.
 */
@VernTest
class RetentionTracesIT {

  static final LocalDate SWEPT = LocalDate.of(2024, 1, 1);

  @LocalServerPort int port;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired Sweeper sweeper;
  @Autowired JdbcClient jdbc;
  RetentionFixtures fixtures;
  Http http;

  @BeforeEach
  void setUp() {
    fixtures = new RetentionFixtures(registry, records);
    http = new Http(port);
  }

  @Test
  void afterASweepNoTableAndNoDumpHoldsAnyIdentifierOfAnErasedOrAnonymisedPerson()
      throws Exception {
    List<Identifier> erasedIds = RetentionFixtures.identifiers();
    List<Identifier> anonymisedIds = RetentionFixtures.identifiers();
    LocalDate contact = LocalDate.of(2020, 5, 5);
    Person erased = fixtures.person(erasedIds, "enquiries", contact, contact, null, null);
    Person anonymised =
        fixtures.person(
            anonymisedIds, "debt-collection", contact, null, null, LocalDate.of(2020, 3, 16));
    List<String> traces = new ArrayList<>();
    for (Identifier id : concat(erasedIds, anonymisedIds)) {
      traces.addAll(RetentionFixtures.formsOf(id));
    }
    List<String> stored = new ArrayList<>();
    for (Person p : List.of(erased, anonymised)) {
      stored.addAll(hex("SELECT blind_index FROM subject_identifier WHERE subject_id = ?", p));
      stored.addAll(hex("SELECT ciphertext FROM subject_identifier WHERE subject_id = ?", p));
      stored.addAll(hex("SELECT data_ciphertext FROM personal_data_record WHERE id = ?", p));
    }
    assertThat(stored).hasSize(2 * (4 + 4 + 1));
    String before = SchemaDump.of(schema());
    assertThat(stored)
        .as("the search would find them: the dump held every one before the sweep")
        .allSatisfy(trace -> assertThat(before).contains(trace));

    sweeper.run("system:test", RetentionFixtures.at(SWEPT));

    assertThat(exists(erased)).isFalse();
    assertThat(exists(anonymised)).isFalse();
    String after = SchemaDump.of(schema());
    assertThat(after).as("the dump is of the right schema").contains("retention_anonymised");
    List<String> all = concat(traces, stored).stream().map(String::toLowerCase).toList();
    assertThat(all).allSatisfy(trace -> assertThat(after).as("the dump").doesNotContain(trace));
    List<String> tables = tables();
    assertThat(tables).contains("subject_identifier", "mail_outbox", "audit_entry");
    for (String table : tables) {
      assertThat(
              jdbc.sql(
                      "SELECT DISTINCT x FROM "
                          + table
                          + " t, unnest(?::text[]) x WHERE strpos(lower(t::text), x) > 0")
                  .param(all.toArray(String[]::new))
                  .query(String.class)
                  .list())
          .as("rows of %s", table)
          .isEmpty();
    }
  }

  @Test
  void anAnonymisedRecordCannotBeFoundByAnyOfItsFormerIdentifiers() {
    List<Identifier> ids = RetentionFixtures.identifiers();
    Person p =
        fixtures.person(
            ids,
            "debt-collection",
            LocalDate.of(2020, 1, 10),
            null,
            null,
            LocalDate.of(2020, 6, 1));
    assertThat(lookup(ids.get(2)).statusCode()).as("found before the sweep").isEqualTo(200);

    sweeper.run("system:test", RetentionFixtures.at(SWEPT));

    long residue =
        jdbc.sql(
                "SELECT count(*) FROM retention_anonymised WHERE activity = 'debt-collection'"
                    + " AND collected_year = 2020 AND anonymised_on = ?")
            .param(SWEPT)
            .query(Long.class)
            .single();
    assertThat(residue).as("what is kept of it").isPositive();
    for (Identifier id : ids) {
      assertThat(registry.find(id)).as(id.type().code()).isEmpty();
      assertThat(lookup(id).statusCode()).as(id.type().code()).isEqualTo(404);
    }
    assertThat(http.send(http.api("/api/v1/records/" + p.record()).GET()).statusCode())
        .isEqualTo(404);
    assertThat(http.send(http.api("/api/v1/subjects/" + p.subject() + "/records").GET()).body())
        .doesNotContain(p.record().toString());
  }

  private HttpResponse<String> lookup(Identifier id) {
    return http.postJson(
        http.api("/api/v1/subjects/lookup"),
        "{\"type\":\"" + id.type().code() + "\",\"value\":\"" + id.value() + "\"}");
  }

  private String schema() {
    return jdbc.sql("SELECT current_schema()").query(String.class).single();
  }

  private List<String> tables() {
    return jdbc.sql(
            "SELECT quote_ident(table_name) FROM information_schema.tables"
                + " WHERE table_type = 'BASE TABLE' AND table_schema = current_schema()")
        .query(String.class)
        .list();
  }

  private boolean exists(Person p) {
    return jdbc.sql("SELECT count(*) FROM personal_data_record WHERE id = ?")
            .param(p.record().value())
            .query(Long.class)
            .single()
        == 1;
  }

  /** Hex of the bytes the query gives for the person (by subject id, or by record id). */
  private List<String> hex(String sql, Person p) {
    Object key = sql.contains("WHERE id") ? p.record().value() : p.subject().value();
    return jdbc.sql(sql).param(key).query(byte[].class).list().stream()
        .map(HexFormat.of()::formatHex)
        .toList();
  }

  private static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
