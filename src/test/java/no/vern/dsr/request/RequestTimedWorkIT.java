package no.vern.dsr.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.dsr.domain.Channel;
import no.vern.dsr.domain.Right;
import no.vern.mail.MailDelivery;
import no.vern.shared.time.Deadlines;
import no.vern.support.TestSmtpServer;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@VernTest
class RequestTimedWorkIT {

  @Autowired Requests requests;
  @Autowired RequestSteps steps;
  @Autowired ExpirySweep sweep;
  @Autowired Reminders reminders;
  @Autowired AnsweredRequestPurge answeredPurge;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired ApplicationContext context;

  @Test
  void anUnverifiedRequestExpiresAfterTwoWeeksAndWhatThePersonWroteIsPurged() {
    String email = "person-" + UUID.randomUUID() + "@example.invalid";
    RequestRow row =
        requests.file(
            new NewRequest(
                List.of(Right.ERASURE),
                Map.of("email", email),
                today(),
                Channel.LETTER,
                null,
                "Delete everything",
                "nb",
                null),
            AuditActor.system("test"));

    assertThat(sweep.expire(clock.instant().plus(java.time.Duration.ofDays(13)))).isZero();
    assertThat(state(row.id())).isEqualTo("RECEIVED");
    sweep.expire(clock.instant().plus(java.time.Duration.ofDays(15)));

    Map<String, Object> after =
        jdbc.sql("SELECT state, contact, description FROM dsr_request WHERE id = :id")
            .param("id", row.id())
            .query()
            .singleRow();
    assertThat(after.get("state")).isEqualTo("EXPIRED");
    assertThat(after.get("contact")).isNull();
    assertThat(after.get("description")).isNull();
  }

  @Test
  void aWithdrawnRequestKeepsTheAddressForThreeYearsAndThenOnlyTheReferenceAndStepsRemain() {
    RequestRow row =
        requests.file(
            new NewRequest(
                List.of(Right.ACCESS),
                Map.of("email", "person-" + UUID.randomUUID() + "@example.invalid"),
                today(),
                Channel.PHONE,
                null,
                "What do you hold about me?",
                "nb",
                new NewRequest.ManualVerification("phone-callback", "Called the number on file")),
            AuditActor.system("test"));
    steps.withdraw(row.id(), AuditActor.system("test"));

    java.time.Instant nearlyThreeYears =
        clock.instant().atZone(Deadlines.NORWAY).plusYears(3).minusDays(1).toInstant();
    answeredPurge.purge(nearlyThreeYears);
    assertThat(kept(row.id())).containsEntry("contact", true).containsEntry("described", true);

    java.time.Instant afterThreeYears =
        clock.instant().atZone(Deadlines.NORWAY).plusYears(3).plusDays(1).toInstant();
    assertThat(answeredPurge.purge(afterThreeYears)).isPositive();
    assertThat(kept(row.id()))
        .containsEntry("contact", false)
        .containsEntry("described", false)
        .containsEntry("linked", false)
        .containsEntry("reference", true)
        .containsEntry("state", "WITHDRAWN");
    assertThat(
            jdbc.sql("SELECT count(*) FROM dsr_timeline WHERE request_id = :id")
                .param("id", row.id())
                .query(Long.class)
                .single())
        .isPositive();
  }

  private Map<String, Object> kept(UUID id) {
    return jdbc.sql(
            "SELECT contact IS NOT NULL AS contact, description IS NOT NULL AS described,"
                + " subject_id IS NOT NULL AS linked, reference IS NOT NULL AS reference, state"
                + " FROM dsr_request WHERE id = :id")
        .param("id", id)
        .query()
        .singleRow();
  }

  @Test
  void theAssigneeIsRemindedOnceThreeWorkingDaysBeforeTheDueDate() {
    String staff = "handler-" + UUID.randomUUID() + "@example.invalid";
    UUID user = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO access_user (id, username, password_hash, roles, enabled,"
                + " must_change_password, created_at, scope_all) VALUES (:id, :name, 'x',"
                + " '{CASE_HANDLER}', true, false, now(), true)")
        .param("id", user)
        .param("name", staff)
        .update();
    LocalDate received = today().minusDays(27);
    RequestRow row =
        requests.file(
            new NewRequest(
                List.of(Right.ACCESS),
                Map.of("email", "person-" + UUID.randomUUID() + "@example.invalid"),
                received,
                Channel.PHONE,
                null,
                null,
                "en",
                new NewRequest.ManualVerification("phone-callback", "Called the number on file")),
            AuditActor.system("test"));
    steps.assign(row.id(), "user:" + user, AuditActor.system("test"));
    LocalDate due = row.dueAt();
    LocalDate fourBefore = due;
    for (int i = 0; i < 4; i++) {
      fourBefore = fourBefore.minusDays(1);
      while (!Deadlines.isWorkingDay(fourBefore)) {
        fourBefore = fourBefore.minusDays(1);
      }
    }
    reminders.remind(fourBefore);
    assertThat(mails(staff)).isZero();
    reminders.remind(due.minusDays(1));
    reminders.remind(due.minusDays(1));
    assertThat(mails(staff)).isEqualTo(1);
  }

  private long mails(String address) {
    MailDelivery.dispatchAllDue(context);
    return TestSmtpServer.receivedBy(address).size();
  }

  private String state(UUID id) {
    return jdbc.sql("SELECT state FROM dsr_request WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), Deadlines.NORWAY);
  }
}
