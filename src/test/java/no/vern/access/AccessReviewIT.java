package no.vern.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.mail.MailDelivery;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.NewRecord;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Browser;
import no.vern.support.Reactions;
import no.vern.support.TestSmtpServer;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The access review (issue 18) as the DPO does it: a case handler scoped to one controller and one
 * of its activities is listed with that scope in words and the time of their last read, grants
 * running, ended and never used are listed, one click ends a grant, "Review done" is recorded and
 * audited, the quarterly reminder mails the DPO once when the review is overdue and not again
 * within the interval, and a case handler may not open the page.
 */
@VernTest
class AccessReviewIT {

  private static final String PASSWORD = "access-review-password-1";

  /** The DPO of the example inventory the tests run with (no VERN_BREACH_DPO_EMAIL is set). */
  private static final String DPO_ADDRESS = "personvernombud@brattli.example.invalid";

  private static final int GRANT_ENDED = 1511;
  private static final int ACCESS_REVIEWED = 1530;
  private static final int ACCESS_REVIEW_REMINDED = 1531;

  @LocalServerPort int port;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired ReviewReminder reminder;
  @Autowired AccessReviews reviews;
  @Autowired ApplicationContext context;
  @RegisterExtension final Browser chromium = new Browser();

  private final Map<AdminSession, String> usernames = new HashMap<>();

  @Test
  void theDpoSeesWhoCanSeeWhatAndEndsAGrantWithOneClick() {
    AdminSession handler =
        signedIn(
            "CASE_HANDLER",
            Map.of("scope", "listed", "controllers", "group", "activities", "website"));
    String handlerId = userIdOf(handler);
    SubjectId person = person();
    assertThat(handler.get("/admin/subjects/" + person).statusCode()).isEqualTo(200);
    Reactions.settle();

    AdminSession dpo = signedIn("DPO", Map.of("scope", "all"));
    String run = UUID.randomUUID().toString().substring(0, 8);
    String running = give(dpo, handlerId, "Covering for a colleague this week " + run);
    String ended = give(dpo, handlerId, "Helped with one case yesterday " + run);
    dpo.post("/admin/grants", "/admin/grants/" + ended + "/end", Map.of());

    String page = dpo.get("/admin/access-review?lang=en").body();
    String row = row(page, "data-account-id=\"" + handlerId + "\"");
    assertThat(row)
        .contains(usernames.get(handler), "CASE_HANDLER")
        .contains("Brattli Kreditt AS (group)")
        .contains("Only these activities:")
        .contains("Running the website (website)");
    // The read went through both entries of the scope: each shows when it was last used.
    String scope = row.substring(row.indexOf("account-scope"), row.indexOf("account-last-read"));
    assertThat(scope).doesNotContain("never used");
    assertThat(scope.split("last used ", -1)).hasSize(3);
    // Their read of the person is the newest read on the trail: today, not "Never".
    String lastRead = row.substring(row.indexOf("account-last-read"));
    // In VERN_TIME_ZONE (Europe/Oslo here), with its zone written beside it.
    assertThat(lastRead)
        .containsPattern(" CES?T")
        .doesNotContain("Never")
        .doesNotContain("Unused access");
    assertThat(row(page, "data-account-id=\"" + userIdOf(dpo) + "\"")).contains("All controllers");

    String runningTable = table(page, "running-grants");
    String endedTable = table(page, "ended-grants");
    assertThat(row(runningTable, "data-grant-id=\"" + running + "\""))
        .contains("Covering for a colleague this week " + run, "Never used", "End now");
    assertThat(row(endedTable, "data-grant-id=\"" + ended + "\""))
        .contains("Helped with one case yesterday " + run)
        .doesNotContain("End now");
    // A DPO ends grants here; disabling users and revoking tokens stay with an administrator.
    assertThat(page).doesNotContain("/admin/access-review/users/").contains("an administrator");

    HttpResponse<String> removed =
        dpo.post(
            "/admin/access-review", "/admin/access-review/grants/" + running + "/end", Map.of());
    assertThat(removed.headers().firstValue("Location").orElse(""))
        .endsWith("/admin/access-review?removed");
    String after = dpo.get("/admin/access-review?lang=en").body();
    assertThat(table(after, "running-grants")).doesNotContain(running);
    assertThat(table(after, "ended-grants")).contains(running);
    assertThat(
            jdbc.sql("SELECT ended_at IS NOT NULL FROM access_grant WHERE id = ?::uuid")
                .param(running)
                .query(Boolean.class)
                .single())
        .isTrue();
    Reactions.settle();
    assertThat(trail(GRANT_ENDED, "grant", running)).isEqualTo(1);
  }

  @Test
  void anAdministratorDisablesAUserFromTheReview() {
    AdminSession handler =
        signedIn("CASE_HANDLER", Map.of("scope", "listed", "controllers", "group"));
    String handlerId = userIdOf(handler);
    AdminSession admin = admin();
    assertThat(admin.get("/admin/access-review").body())
        .contains("/admin/access-review/users/" + handlerId + "/disable");
    HttpResponse<String> disabled =
        admin.post(
            "/admin/access-review",
            "/admin/access-review/users/" + handlerId + "/disable",
            Map.of());
    assertThat(disabled.headers().firstValue("Location").orElse(""))
        .endsWith("/admin/access-review?removed");
    assertThat(admin.get("/admin/access-review").body()).doesNotContain(handlerId);
    assertThat(
            jdbc.sql("SELECT enabled FROM access_user WHERE id = ?::uuid")
                .param(handlerId)
                .query(Boolean.class)
                .single())
        .isFalse();
  }

  @Test
  void reviewDoneIsRecordedShownAndAudited() {
    AdminSession dpo = signedIn("DPO", Map.of("scope", "all"));
    String note = "Quarterly review " + UUID.randomUUID();
    HttpResponse<String> done =
        dpo.post("/admin/access-review", "/admin/access-review/done", Map.of("note", note));
    assertThat(done.headers().firstValue("Location").orElse(""))
        .endsWith("/admin/access-review?reviewed");

    String page = dpo.get("/admin/access-review?lang=en").body();
    assertThat(page).contains("id=\"last-review\"", note, usernames.get(dpo));
    assertThat(page).doesNotContain("id=\"review-due\"");
    String id =
        jdbc.sql("SELECT id::text FROM access_review WHERE note = ?")
            .param(note)
            .query(String.class)
            .single();
    Reactions.settle();
    assertThat(trail(ACCESS_REVIEWED, "access-review", id)).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE action_code = ? AND resource_id = ?"
                        + " AND actor_type = 'USER' AND actor_id = ?")
                .params(ACCESS_REVIEWED, id, userIdOf(dpo))
                .query(Long.class)
                .single())
        .isEqualTo(1);

    String overview = dpo.get("/admin?lang=en").body();
    assertThat(overview)
        .contains("id=\"counter-access-review-due\"", "href=\"/admin/access-review\"");
  }

  @Test
  void theReminderMailsTheDpoOnceWhenTheReviewIsOverdueAndNotAgainWithinTheInterval() {
    // Past every review and reminder any test has recorded, and more than three months on.
    Instant overdue = latest().plus(Duration.ofDays(100));
    assertThat(reviews.dueAt(overdue)).isTrue();
    int before = reminders();
    long auditedBefore = count(ACCESS_REVIEW_REMINDED);

    assertThat(reminder.remind(overdue)).isTrue();
    assertThat(reminder.remind(overdue.plus(Duration.ofMinutes(5)))).isFalse();
    assertThat(reminder.remind(overdue.plus(Duration.ofDays(60)))).isFalse();
    MailDelivery.dispatchAllDue(context);
    assertThat(reminders() - before).isEqualTo(1);
    MimeMessage mail = newest();
    try {
      assertThat(mail.getSubject()).isEqualTo("Tilgangsgjennomgang p\u00e5 tide i Vern");
      assertThat(text(mail.getContent())).contains("/admin/access-review");
    } catch (MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    Reactions.settle();
    assertThat(count(ACCESS_REVIEW_REMINDED) - auditedBefore).isEqualTo(1);

    // A whole interval later, still not reviewed: reminded again, once.
    assertThat(reminder.remind(overdue.plus(Duration.ofDays(93)))).isTrue();
    MailDelivery.dispatchAllDue(context);
    assertThat(reminders() - before).isEqualTo(2);
  }

  @Test
  void aCaseHandlerMayNotOpenTheReview() {
    AdminSession handler = signedIn("CASE_HANDLER", Map.of("scope", "all"));
    assertThat(handler.get("/admin/access-review").statusCode()).isEqualTo(403);
  }

  @Test
  void theReviewPageIsCleanUnderAxeInBothLanguages() {
    WebDriver browser = chromium.driver();
    browser.get("http://localhost:" + port + "/admin/login");
    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys("test-admin-password-1234");
    browser.findElement(By.id("login")).click();
    chromium.await().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    List<String> violations = new ArrayList<>();
    for (String lang : List.of("nb", "en")) {
      browser.get("http://localhost:" + port + "/admin/access-review?lang=" + lang);
      chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("accounts")));
      new AxeBuilder()
          .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
          .analyze(browser)
          .getViolations()
          .forEach(rule -> violations.add(lang + ": " + rule.getId()));
    }
    chromium.screenshot("access-review");
    assertThat(violations).isEmpty();
  }

  // --- helpers

  private SubjectId person() {
    SubjectId id =
        registry.resolve(
            List.of(
                new Identifier(
                    IdentifierType.EMAIL, "review." + UUID.randomUUID() + "@example.invalid")));
    records.store(
        id,
        new NewRecord(
            "group",
            "website",
            "contact-form",
            clock.instant(),
            Map.of("note", "Synthetic review note"),
            null,
            null,
            null,
            null),
        "system:test");
    return id;
  }

  /** A grant of one (made-up) person to the user, running two hours; its id. */
  private String give(AdminSession dpo, String userId, String reason) {
    Instant endsAt = clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
    HttpResponse<String> given =
        dpo.post(
            "/admin/grants",
            "/admin/grants",
            Map.of(
                "user",
                userId,
                "kind",
                "person",
                "target",
                UUID.randomUUID().toString(),
                "reason",
                reason,
                "endsAt",
                endsAt.atZone(ZoneId.of("Europe/Oslo")).toLocalDateTime().toString()));
    assertThat(given.headers().firstValue("Location").orElse("")).contains("?given");
    return jdbc.sql("SELECT id::text FROM access_grant WHERE reason = ?")
        .param(reason)
        .query(String.class)
        .single();
  }

  private AdminSession admin() {
    AdminSession admin = new AdminSession(port);
    assertThat(admin.login("admin", "test-admin-password-1234").statusCode()).isEqualTo(302);
    return admin;
  }

  /** A user made on the users page with one role and the scope fields given, signed in. */
  private AdminSession signedIn(String role, Map<String, String> scope) {
    String username =
        role.toLowerCase() + "-review-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> form = new HashMap<>(scope);
    form.put("username", username);
    form.put("password", PASSWORD);
    form.put("roles", role);
    assertThat(admin().post("/admin/users", "/admin/users", form).statusCode()).isEqualTo(302);
    AdminSession session = new AdminSession(port);
    session.login(username, PASSWORD);
    String own = PASSWORD + "-own";
    session.post(
        "/admin/password",
        "/admin/password",
        Map.of("current", PASSWORD, "replacement", own, "confirmation", own));
    usernames.put(session, username);
    return session;
  }

  private String userIdOf(AdminSession session) {
    return jdbc.sql("SELECT id::text FROM access_user WHERE username = ?")
        .param(usernames.get(session))
        .query(String.class)
        .single();
  }

  /** The table row holding {@code marker}, from its opening tag to its end. */
  private static String row(String page, String marker) {
    int at = page.indexOf(marker);
    assertThat(at).as(marker).isNotNegative();
    return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
  }

  private static String table(String page, String id) {
    int at = page.indexOf("id=\"" + id + "\"");
    assertThat(at).as(id).isNotNegative();
    return page.substring(at, page.indexOf("</table>", at));
  }

  private Instant latest() {
    Instant review =
        jdbc.sql("SELECT max(reviewed_at) FROM access_review")
            .query(java.sql.Timestamp.class)
            .optional()
            .map(java.sql.Timestamp::toInstant)
            .orElse(null);
    Instant reminded =
        jdbc.sql("SELECT max(sent_at) FROM access_review_reminder")
            .query(java.sql.Timestamp.class)
            .optional()
            .map(java.sql.Timestamp::toInstant)
            .orElse(null);
    Instant latest = clock.instant();
    for (Instant i : new Instant[] {review, reminded}) {
      if (i != null && i.isAfter(latest)) {
        latest = i;
      }
    }
    return latest;
  }

  private int reminders() {
    return (int)
        TestSmtpServer.receivedBy(DPO_ADDRESS).stream().filter(AccessReviewIT::isReminder).count();
  }

  private MimeMessage newest() {
    List<MimeMessage> mails =
        TestSmtpServer.receivedBy(DPO_ADDRESS).stream().filter(AccessReviewIT::isReminder).toList();
    return mails.get(mails.size() - 1);
  }

  private static boolean isReminder(MimeMessage m) {
    try {
      return m.getSubject() != null && m.getSubject().startsWith("Tilgangsgjennomgang");
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(Object content) throws MessagingException, java.io.IOException {
    if (content instanceof jakarta.mail.Multipart multi) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < multi.getCount(); i++) {
        all.append(text(multi.getBodyPart(i).getContent()));
      }
      return all.toString();
    }
    return content instanceof String s ? s : "";
  }

  private long trail(int code, String type, String id) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE action_code = ? AND resource_type = ?"
                + " AND resource_id = ?")
        .params(code, type, id)
        .query(Long.class)
        .single();
  }

  private long count(int code) {
    return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action_code = ?")
        .param(code)
        .query(Long.class)
        .single();
  }
}
