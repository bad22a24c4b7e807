package no.vern.dsr.portability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.disclosure.Disclosures;
import no.vern.disclosure.NewDisclosure;
import no.vern.dsr.DsrAnswerAuditAction;
import no.vern.dsr.DsrAnswerSettings;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.LegalBasis;
import no.vern.inventory.ProcessingInventory;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a person's portable data straight to another controller (Art. 20(2)): a POST of the JSON to
 * an HTTPS endpoint the person names, and, once the endpoint has accepted it (2xx), a disclosure in
 * the register naming the endpoint's host. Only public HTTPS endpoints: an address on this machine
 * or a private network is refused, so the form cannot be used to reach internal services. Redirects
 * are not followed. Nothing personal is logged: only the host and the status.
 */
@Service
public class Transmissions {

  private static final Logger LOG = LoggerFactory.getLogger(Transmissions.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** What happened: sent (with the disclosure's id), refused before sending, or failed. */
  public enum Result {
    SENT,
    REFUSED,
    FAILED
  }

  private final Portability portability;
  private final Disclosures disclosures;
  private final AuditTrail audit;
  private final DsrAnswerSettings settings;
  private final HttpClient http;
  private final ProcessingInventory inventory;
  private final Clock clock;

  Transmissions(
      Portability portability,
      Disclosures disclosures,
      AuditTrail audit,
      DsrAnswerSettings settings,
      ProcessingInventory inventory,
      Clock clock) {
    this.inventory = inventory;
    this.clock = clock;
    this.portability = portability;
    this.disclosures = disclosures;
    this.audit = audit;
    this.settings = settings;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.transmissionTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public Result transmit(
      SubjectId subject, String endpoint, String actor, @Nullable UUID requestId) {
    URI uri = acceptable(endpoint);
    if (uri == null) {
      return Result.REFUSED;
    }
    PortableData data = portability.of(subject, actor);
    int status;
    try {
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(settings.transmissionTimeout())
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(data)))
              .build();
      status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      status = -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = -1;
    }
    if (status < 200 || status > 299) {
      LOG.warn("Portable data not accepted by {}: status {}", uri.getHost(), status);
      audit.record(
          AuditActor.of(actor)
              .did(
                  DsrAnswerAuditAction.PORTABILITY_TRANSMISSION_FAILED,
                  "subject",
                  subject.toString(),
                  Outcome.FAILURE));
      return Result.FAILED;
    }
    disclosures.record(
        new NewDisclosure(
            subject,
            uri.getHost().toLowerCase(Locale.ROOT),
            // Another controller, chosen by the person: it answers for its own use of the data.
            "independent-controller",
            data.activities(),
            // Sending it is Vern's legal obligation under Art. 20(2).
            List.of(LegalBasis.A6_1_C.code()),
            categories(data.activities()),
            clock.instant(),
            "PORTABILITY_TRANSMISSION",
            data.records().size(),
            null,
            null,
            false,
            null,
            requestId),
        actor);
    audit.record(
        AuditActor.of(actor)
            .did(
                DsrAnswerAuditAction.PORTABILITY_TRANSMITTED,
                "subject",
                subject.toString(),
                Outcome.SUCCESS));
    return Result.SENT;
  }

  /** The data categories of the activities sent, as the inventory in force declares them. */
  private List<String> categories(List<String> activities) {
    return inventory.active().map(InventoryVersion::inventory).stream()
        .flatMap(i -> i.activities().stream())
        .filter(a -> activities.contains(a.id()))
        .flatMap(a -> a.dataCategories().stream())
        .distinct()
        .toList();
  }

  /** The endpoint when it may be used: HTTPS, a host, no user info, a public address. */
  @Nullable URI acceptable(String endpoint) {
    URI uri;
    try {
      uri = URI.create(endpoint.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
    boolean local = settings.transmissionAllowLocal();
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || (local && scheme.equals("http")))
        || uri.getHost() == null
        || uri.getRawUserInfo() != null) {
      return null;
    }
    if (!local) {
      try {
        for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
          if (address.isLoopbackAddress()
              || address.isSiteLocalAddress()
              || address.isLinkLocalAddress()
              || address.isAnyLocalAddress()
              || address.isMulticastAddress()) {
            return null;
          }
        }
      } catch (UnknownHostException e) {
        return null;
      }
    }
    return uri;
  }
}
