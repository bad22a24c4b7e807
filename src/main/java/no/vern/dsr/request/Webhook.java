package no.vern.dsr.request;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.dsr.DsrAuditAction;
import no.vern.dsr.RequestChanged;
import no.vern.dsr.domain.Signatures;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts every step of a request to the organisation's own case system ({@code
 * vern.dsr.webhook-url}) after the step committed: ids, reference, state and due date, never
 * personal data. Signed as {@code X-Vern-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "t.body">} with {@code vern.dsr.webhook-secret}, so the receiver can check origin and freshness;
 * {@code t} is the time of sending, not of the step, so a retried post is as fresh as the first. A
 * delivery that fails is audited durably and throws, so the event publication registry keeps it as
 * failed, and {@link WebhookRetries} posts it again on the scheduler (docs/events.md).
 */
@Component
class Webhook {

  private final DsrSettings settings;
  private final RequestRows rows;
  private final AuditTrail audit;
  private final Clock clock;
  private final TransactionTemplate apart;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Webhook(
      DsrSettings settings,
      RequestRows rows,
      AuditTrail audit,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.settings = settings;
    this.rows = rows;
    this.audit = audit;
    this.clock = clock;
    this.apart = new TransactionTemplate(transactions);
    apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @ApplicationModuleListener
  void on(RequestChanged event) throws Exception {
    // Unsigned posts would let anyone feed the case system: no secret, no webhook.
    if (settings.webhookUrl().isBlank() || settings.webhookSecret().isBlank()) {
      return;
    }
    var row = rows.find(event.request().value());
    String body =
        "{\"event\":\"request."
            + event.step()
            + "\",\"id\":\""
            + event.request()
            + "\",\"reference\":\""
            + row.map(RequestRow::reference).orElse("")
            + "\",\"state\":\""
            + event.state()
            + "\",\"dueAt\":\""
            + row.map(r -> r.dueAt().toString()).orElse("")
            + "\",\"at\":\""
            + event.at()
            + "\"}";
    long t = clock.instant().getEpochSecond();
    HttpResponse<Void> answer;
    try {
      answer =
          client.send(
              HttpRequest.newBuilder(URI.create(settings.webhookUrl()))
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "application/json")
                  .header(Signatures.HEADER, Signatures.header(settings.webhookSecret(), t, body))
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
    } catch (java.io.IOException e) {
      throw failed(event, "UNREACHABLE");
    }
    if (answer.statusCode() / 100 != 2) {
      throw failed(event, "HTTP_" + answer.statusCode());
    }
    audit.record(
        AuditActor.system("dsr")
            .did(
                DsrAuditAction.DSR_WEBHOOK_SENT,
                "dsr-request",
                event.request().toString(),
                Outcome.SUCCESS));
  }

  /** Recorded in a transaction of its own: the listener's is rolled back by the exception. */
  private IllegalStateException failed(RequestChanged event, String why) {
    apart.executeWithoutResult(
        status ->
            audit.record(
                AuditActor.system("dsr")
                    .did(
                        DsrAuditAction.DSR_WEBHOOK_FAILED,
                        "dsr-request",
                        event.request().toString(),
                        Outcome.FAILURE)
                    .because(why)));
    return new IllegalStateException("The webhook did not take the event: " + why);
  }
}
