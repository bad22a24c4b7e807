package no.vern.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import no.vern.consent.ConsentDecisions;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A confirmation link past its time: a clear page, no subscription, and the sign-up removed. */
@VernTest
class ExpiredConfirmationIT {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ConsentDecisions decisions;
  @Autowired SubjectRegistry registry;
  @Autowired ConfirmationSweep sweep;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void anExpiredLinkSubscribesNoOneAndTheSweepDeletesTheSignUp() throws Exception {
    Http http = new Http(port);
    Newsletter newsletter = new Newsletter(http, context);
    String email = Newsletter.freshAddress();
    newsletter.signUp(email, "nb");
    String confirm =
        Newsletter.link(Newsletter.text(newsletter.mailbox(email).get(0)), "/u/confirm/");
    SubjectId subject = registry.find(new Identifier(IdentifierType.EMAIL, email)).orElseThrow();
    jdbc.sql(
            "UPDATE newsletter_confirmation SET expires_at = now() - interval '1 hour'"
                + " WHERE subject_id = ?")
        .param(subject.value())
        .update();

    HttpResponse<String> page = http.get(confirm);
    assertThat(page.statusCode()).isEqualTo(410);
    assertThat(page.body()).contains("Lenken er gått ut").doesNotContain("<form");
    HttpResponse<String> posted =
        http.send(http.request(confirm).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(posted.statusCode()).isEqualTo(410);
    assertThat(decisions.decide(subject, "newsletter").allowed()).isFalse();
    assertThat(records(subject)).isEqualTo(1);

    assertThat(sweep.sweep(clock.instant())).isGreaterThanOrEqualTo(1);
    assertThat(records(subject)).isZero();
    assertThat(registry.find(new Identifier(IdentifierType.EMAIL, email))).isEmpty();
    assertThat(http.get(confirm).statusCode()).isEqualTo(404);
  }

  private long records(SubjectId subject) {
    return jdbc.sql("SELECT count(*) FROM personal_data_record WHERE subject_id = ?")
        .param(subject.value())
        .query(Long.class)
        .single();
  }
}
