package no.vern.dsr.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.vern.access.StaffAddresses;
import no.vern.audit.AuditActor;
import no.vern.dsr.domain.Step;
import no.vern.mail.Language;
import no.vern.shared.PrincipalNames;
import no.vern.shared.VernSettings;
import no.vern.shared.identifier.EmailAddress;
import no.vern.shared.time.Deadlines;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the assignee by mail {@code vern.dsr.reminder-working-days} working days before a request
 * falls due, once per due date (an extension gives a new reminder). Admin users have no address of
 * their own: as for the failed-login warning, the username is the address when it is one ({@link
 * StaffAddresses}); otherwise the reminder is only on the timeline and the queue.
 */
@Component
class Reminders {

  private static final AuditActor SYSTEM = AuditActor.system("dsr");

  private final JdbcClient jdbc;
  private final StepRecorder steps;
  private final RequestMails mails;
  private final DsrSettings settings;
  private final StaffAddresses staff;
  private final String baseUrl;
  private final Clock clock;

  Reminders(
      JdbcClient jdbc,
      StepRecorder steps,
      RequestMails mails,
      DsrSettings settings,
      StaffAddresses staff,
      VernSettings vern,
      Clock clock) {
    this.jdbc = jdbc;
    this.steps = steps;
    this.mails = mails;
    this.settings = settings;
    this.staff = staff;
    this.baseUrl = vern.baseUrl();
    this.clock = clock;
  }

  void scheduled() {
    remind(LocalDate.ofInstant(clock.instant(), Deadlines.NORWAY));
  }

  /** Returns how many reminders were recorded. */
  @Transactional
  int remind(LocalDate today) {
    LocalDate horizon = today;
    for (int i = 0; i < settings.reminderWorkingDays(); i++) {
      horizon = Deadlines.nextWorkingDay(horizon.plusDays(1));
    }
    List<RequestRow> due =
        jdbc.sql(
                "SELECT "
                    + RequestRows.COLUMNS
                    + " FROM dsr_request"
                    + " WHERE state IN ('OPEN', 'IN_PROGRESS', 'EXTENDED') AND assignee IS NOT NULL"
                    + " AND due_at <= :horizon AND reminded_for IS DISTINCT FROM due_at"
                    + " FOR UPDATE SKIP LOCKED")
            .param("horizon", horizon)
            .query(RequestRows::row)
            .list();
    for (RequestRow r : due) {
      username(r.assignee())
          .ifPresent(
              to ->
                  mails.sendTo(
                      to,
                      Language.NB,
                      "reminder",
                      r,
                      Map.of("link", baseUrl + "/admin/requests/" + r.id())));
      jdbc.sql("UPDATE dsr_request SET reminded_for = due_at WHERE id = :id")
          .param("id", r.id())
          .update();
      steps.record(r.id(), Step.REMINDED, SYSTEM, r.state(), null);
    }
    return due.size();
  }

  private java.util.Optional<EmailAddress> username(String assignee) {
    return PrincipalNames.userId(assignee).flatMap(staff::of);
  }
}
