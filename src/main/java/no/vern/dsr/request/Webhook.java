package no.vern.dsr.request;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.dsr.DsrAuditAction;
import no.vern.dsr.RequestChanged;
import no.vern.dsr.domain.Signatures;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Posts every step of a request to the organisation's own case system ({@code
 * vern.dsr.webhook-url}) after the step committed: ids, reference, state and due date, never
 * personal data. Signed as {@code X-Vern-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "t.body">} with {@code vern.dsr.webhook-secret}, so the receiver can check origin and freshness.
 * A delivery that fails throws, so the event publication registry keeps it and it is tried again
 * (docs/events.md).
 */
@Component
class Webhook {

  private final DsrSettings settings;
  private final RequestRows rows;
  private final AuditTrail audit;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Webhook(DsrSettings settings, RequestRows rows, AuditTrail audit) {
    this.settings = settings;
    this.rows = rows;
    this.audit = audit;
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
    long t = event.at().getEpochSecond();
    HttpResponse<Void> answer =
        client.send(
            HttpRequest.newBuilder(URI.create(settings.webhookUrl()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(Signatures.HEADER, Signatures.header(settings.webhookSecret(), t, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    if (answer.statusCode() / 100 != 2) {
      throw new IllegalStateException("The webhook answered " + answer.statusCode());
    }
    audit.record(
        AuditActor.system("dsr")
            .did(
                DsrAuditAction.DSR_WEBHOOK_SENT,
                "dsr-request",
                event.request().toString(),
                Outcome.SUCCESS));
  }
}
