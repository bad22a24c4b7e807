package no.vern.dsr.systems;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.dsr.DsrTaskAuditAction;
import no.vern.dsr.domain.Signatures;
import no.vern.inventory.ConnectedSystem;
import no.vern.shared.VernSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The webhook outbox: takes the due webhook tasks, posts each to its system signed with the
 * system's secret, and records the outcome. A 2xx answer means the system took the task (it then
 * waits for the callback); anything else is kept as the task's last error (a status code or a cause
 * such as "connection refused", never the answer's body) and tried again after a backoff that
 * doubles up to {@code retry-max}. Safe to run twice: a task is leased while it is sent.
 */
@Component
class WebhookDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
  private static final int BATCH = 20;

  private final TaskRows rows;
  private final TaskCreation creation;
  private final Identities identities;
  private final TaskKeys keys;
  private final AuditTrail audit;
  private final DsrTaskSettings settings;
  private final VernSettings vern;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final HttpClient http;

  WebhookDispatcher(
      TaskRows rows,
      TaskCreation creation,
      Identities identities,
      TaskKeys keys,
      AuditTrail audit,
      DsrTaskSettings settings,
      VernSettings vern,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.rows = rows;
    this.creation = creation;
    this.identities = identities;
    this.keys = keys;
    this.audit = audit;
    this.settings = settings;
    this.vern = vern;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  void scheduled() {
    dispatchDue(clock.instant());
  }

  /** Sends every webhook task due at {@code now}; answers how many were tried. */
  int dispatchDue(Instant now) {
    int tried = 0;
    List<TaskRow> due;
    do {
      due =
          tx.execute(s -> rows.claimDue(now, now.plus(settings.timeout().multipliedBy(3)), BATCH));
      for (TaskRow task : due) {
        attempt(task, now);
        tried++;
      }
    } while (due.size() == BATCH);
    return tried;
  }

  private void attempt(TaskRow task, Instant now) {
    Optional<ConnectedSystem> system =
        creation.active().systems().stream()
            .filter(s -> s.id().equals(task.systemId()) && s.webhook())
            .findFirst();
    Optional<String> error =
        system.isEmpty()
            ? Optional.of("the system is no longer a webhook in the inventory")
            : post(task, system.get(), now);
    tx.executeWithoutResult(
        s -> {
          if (error.isEmpty()) {
            rows.sent(task.id(), now);
            audit.record(
                TaskCreation.SYSTEM.did(
                    DsrTaskAuditAction.DSR_TASK_SENT,
                    "dsr-task",
                    task.id().toString(),
                    Outcome.SUCCESS));
          } else {
            rows.failed(
                task.id(), now, error.get(), now.plus(settings.backoff(task.attempts() + 1)));
            audit.record(
                TaskCreation.SYSTEM
                    .did(
                        DsrTaskAuditAction.DSR_TASK_SEND_FAILED,
                        "dsr-task",
                        task.id().toString(),
                        Outcome.FAILURE)
                    .because(StepLabel.reason(error.get())));
          }
        });
  }

  /** Empty when the system took the task; else what went wrong, without personal data. */
  private Optional<String> post(TaskRow task, ConnectedSystem system, Instant now) {
    Optional<String> refused = WebhookAddresses.refusal(system.url(), settings.allowLocal());
    if (refused.isPresent()) {
      return refused;
    }
    List<Map<String, String>> who;
    try {
      who = task.identities() == null ? List.of() : identities.open(task.id(), task.identities());
    } catch (IllegalStateException unreadable) {
      // Sealed under another key set (a restored backup, an instance started with other keys):
      // this task fails and is retried later like any other failure, so it never stops the tasks
      // behind it. The reason names no identity.
      return Optional.of("the task's identities cannot be decrypted with this instance's keys");
    }
    String body = TaskPayload.of(task, who, vern.baseUrl(), now);
    long t = clock.instant().getEpochSecond();
    try {
      HttpResponse<Void> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(system.url().strip()))
                  .timeout(settings.timeout())
                  .header("Content-Type", "application/json")
                  .header(Signatures.HEADER, Signatures.header(keys.secret(system.id()), t, body))
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      int status = answer.statusCode();
      return status / 100 == 2 ? Optional.empty() : Optional.of("HTTP " + status);
    } catch (HttpConnectTimeoutException e) {
      return Optional.of("connection timed out");
    } catch (HttpTimeoutException e) {
      return Optional.of("no answer in time");
    } catch (ConnectException e) {
      return Optional.of("connection refused");
    } catch (IOException e) {
      // Only the exception's type: a message could quote the address or the exchange.
      LOG.warn("Task {} to system {} failed: {}", task.id(), system.id(), e.getClass().getName());
      return Optional.of("network error (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    }
  }
}
