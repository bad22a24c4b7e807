package no.vern.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.vern.retention.RetentionFixtures.Person;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectRegistry;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each rule of the debt-collection example with the clock moved: a record is kept the day before
 * its due day and erased or anonymised on it, including ends of February and reported triggers,
 * while a record of the same activity whose trigger never came stays. The consent ledger and
 * suppressions are in {@link ProofStoresIT}.
 */
@VernTest
class RetentionRulesSweepIT {

  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired Sweeper sweeper;
  @Autowired TriggerEvents events;
  @Autowired JdbcClient jdbc;
  @Autowired RetentionRules rules;
  RetentionFixtures fixtures;

  /** Activities whose trigger is the collection itself: their records never wait. */
  static final Set<String> DATED_BY_COLLECTION =
      Set.of("website", "website-analytics", "accounting-primary", "accounting-secondary");

  @BeforeEach
  void fixtures() {
    fixtures = new RetentionFixtures(registry, records);
  }

  /**
   * activity, the record's dates (collected, last contact, ended, closed), a reported event, due.
   */
  static Stream<Arguments> rules() {
    LocalDate c = LocalDate.of(2024, 3, 10);
    return Stream.of(
        Arguments.of(
            "website: 3 months after collection, into the end of February",
            "website",
            LocalDate.of(2025, 11, 30),
            null,
            null,
            null,
            null,
            LocalDate.of(2026, 2, 28)),
        Arguments.of(
            "website-analytics: 14 months after collection",
            "website-analytics",
            c,
            null,
            null,
            null,
            null,
            LocalDate.of(2025, 5, 10)),
        Arguments.of(
            "enquiries: 3 years after a last contact on a leap day",
            "enquiries",
            c,
            LocalDate.of(2024, 2, 29),
            null,
            null,
            null,
            LocalDate.of(2027, 2, 28)),
        Arguments.of(
            "surveys: 3 years after last contact, anonymised",
            "surveys",
            c,
            LocalDate.of(2024, 6, 1),
            null,
            null,
            null,
            LocalDate.of(2027, 6, 1)),
        Arguments.of(
            "debt-collection: 3 years after the case is closed, anonymised",
            "debt-collection",
            c,
            null,
            null,
            LocalDate.of(2024, 1, 31),
            null,
            LocalDate.of(2027, 1, 31)),
        Arguments.of(
            "anti-money-laundering: 5 years after the relationship ended, settled or not",
            "anti-money-laundering",
            c,
            null,
            LocalDate.of(2024, 4, 30),
            null,
            new String[] {"settled", "2024-08-31"},
            LocalDate.of(2029, 4, 30)),
        Arguments.of(
            "client-and-partner-relationships: 3 years after ended and settled",
            "client-and-partner-relationships",
            c,
            null,
            LocalDate.of(2024, 4, 30),
            null,
            new String[] {"settled", "2024-08-31"},
            LocalDate.of(2027, 8, 31)),
        Arguments.of(
            "invoice-administration: 3 months after the reported end of the assignment",
            "invoice-administration",
            c,
            null,
            null,
            null,
            new String[] {"assignment-ended", "2024-11-30"},
            LocalDate.of(2025, 2, 28)),
        Arguments.of(
            "accounting-primary: 5 years after the end of the fiscal year",
            "accounting-primary",
            c,
            null,
            null,
            null,
            null,
            LocalDate.of(2029, 12, 31)),
        Arguments.of(
            "accounting-secondary: 3 years and 6 months after the fiscal year",
            "accounting-secondary",
            c,
            null,
            null,
            null,
            null,
            LocalDate.of(2028, 6, 30)),
        Arguments.of(
            "downloads: 3 years after last contact",
            "downloads",
            c,
            LocalDate.of(2024, 8, 31),
            null,
            null,
            null,
            LocalDate.of(2027, 8, 31)),
        Arguments.of(
            "events: 3 years after a reported last contact later than the record's own",
            "events",
            c,
            LocalDate.of(2024, 3, 10),
            null,
            null,
            new String[] {"last-contact", "2024-09-15"},
            LocalDate.of(2027, 9, 15)),
        Arguments.of(
            "prospect-research: 3 years after a last contact on New Year's Eve",
            "prospect-research",
            c,
            LocalDate.of(2024, 12, 31),
            null,
            null,
            null,
            LocalDate.of(2027, 12, 31)),
        Arguments.of(
            "sensitive-case-information: 3 years after a case closed on a leap day, anonymised",
            "sensitive-case-information",
            LocalDate.of(2023, 1, 10),
            null,
            null,
            LocalDate.of(2024, 2, 29),
            null,
            LocalDate.of(2027, 2, 28)),
        Arguments.of(
            "credit-loss-analysis: 3 years after the case is closed, anonymised",
            "credit-loss-analysis",
            c,
            null,
            null,
            LocalDate.of(2024, 11, 30),
            null,
            LocalDate.of(2027, 11, 30)),
        Arguments.of(
            "authority-contacts: 3 years after a reported case closing, anonymised",
            "authority-contacts",
            c,
            null,
            null,
            null,
            new String[] {"case-closed", "2024-10-01"},
            LocalDate.of(2027, 10, 1)),
        Arguments.of(
            "newsletter: at once on a reported unsubscribe",
            "newsletter",
            c,
            null,
            null,
            null,
            new String[] {"unsubscribed", "2024-05-02"},
            LocalDate.of(2024, 5, 2)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void aRecordIsKeptTheDayBeforeItsDueDayAndTakenOnIt(
      String rule,
      String activity,
      LocalDate collected,
      LocalDate lastContact,
      LocalDate ended,
      LocalDate closed,
      String[] reported,
      LocalDate due) {
    Person p = fixtures.person(activity, collected, lastContact, ended, closed);
    // The same activity's record whose trigger never came: it waits, however late the sweep.
    Person waiting =
        DATED_BY_COLLECTION.contains(activity) ? null : fixtures.collected(activity, collected);
    if (reported != null) {
      events.forRecord(
          p.record().value(),
          reported[0],
          LocalDate.parse(reported[1]),
          null,
          RetentionFixtures.on(collected));
    }

    sweeper.run("system:test", RetentionFixtures.at(due.minusDays(1)));
    assertThat(exists(p.record().value())).as("the day before").isTrue();

    sweeper.run("system:test", RetentionFixtures.at(due));
    assertThat(exists(p.record().value())).as("on the due day").isFalse();
    if (waiting != null) {
      assertThat(exists(waiting.record().value())).as("its neighbour without a trigger").isTrue();
    }
    boolean anonymise =
        Stream.of(
                "surveys",
                "debt-collection",
                "sensitive-case-information",
                "credit-loss-analysis",
                "client-and-partner-relationships",
                "authority-contacts")
            .anyMatch(activity::equals);
    assertThat(residue(activity, collected.getYear(), due))
        .as("what is left of it: activity and year, no link")
        .isEqualTo(anonymise ? 1 : 0);
  }

  @Test
  void everyRuleOfTheExampleHasItsCaseAbove() {
    Set<String> tested =
        rules().map(a -> (String) a.get()[1]).collect(Collectors.toCollection(TreeSet::new));
    Set<String> declared =
        rules.active().rules().stream()
            .map(RetentionRules.Rule::activity)
            // The proof stores (the ledger, suppressions, the cookie log) have their own tests
            // (ProofStoresIT).
            .filter(
                a ->
                    !Set.of(ProofStores.LEDGER, ProofStores.SUPPRESSION, ProofStores.COOKIE_LOG)
                        .contains(a))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(tested).isEqualTo(declared).hasSize(17);
  }

  private boolean exists(UUID record) {
    return jdbc.sql("SELECT count(*) FROM personal_data_record WHERE id = ?")
            .param(record)
            .query(Long.class)
            .single()
        == 1;
  }

  private long residue(String activity, int year, LocalDate on) {
    return jdbc.sql(
            "SELECT count(*) FROM retention_anonymised WHERE activity = ? AND collected_year = ?"
                + " AND anonymised_on = ?")
        .params(activity, year, on)
        .query(Long.class)
        .single();
  }
}
