package no.vern.dsr.portability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a person's portable data straight to another controller (Art. 20(2)): a POST of the JSON to
 * an HTTPS endpoint the person names, and, once the endpoint has accepted it (2xx), a disclosure in
 * the register naming the endpoint's host. Only public HTTPS endpoints: a name that resolves to
 * this machine or a private, link-local or otherwise non-public network is refused, so the form
 * cannot be used to reach internal services; and the connection goes to the very address that was
 * checked ({@link PinnedPost}), so a name that resolves differently a moment later (DNS rebinding)
 * gains nothing. Redirects are not followed. Nothing personal is logged: only the host and the
 * status. {@code vern.dsr.answers.transmission-allow-local} lifts the address checks, for tests.
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
  private final Resolver resolver;
  private final ProcessingInventory inventory;
  private final Clock clock;

  /** Name to addresses; the system's resolver, or a test's. */
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /** Where to send: the endpoint, and the one address it resolved to and was checked at. */
  record Target(URI uri, InetAddress address) {}

  @Autowired
  Transmissions(
      Portability portability,
      Disclosures disclosures,
      AuditTrail audit,
      DsrAnswerSettings settings,
      ProcessingInventory inventory,
      Clock clock) {
    this(portability, disclosures, audit, settings, inventory, clock, InetAddress::getAllByName);
  }

  Transmissions(
      Portability portability,
      Disclosures disclosures,
      AuditTrail audit,
      DsrAnswerSettings settings,
      ProcessingInventory inventory,
      Clock clock,
      Resolver resolver) {
    this.inventory = inventory;
    this.clock = clock;
    this.portability = portability;
    this.disclosures = disclosures;
    this.audit = audit;
    this.settings = settings;
    this.resolver = resolver;
  }

  public Result transmit(
      SubjectId subject, String endpoint, String actor, @Nullable UUID requestId) {
    Target target = target(endpoint);
    if (target == null) {
      return Result.REFUSED;
    }
    URI uri = target.uri();
    PortableData data = portability.of(subject, actor);
    int status;
    try {
      status =
          PinnedPost.post(
              uri, target.address(), JSON.writeValueAsBytes(data), settings.transmissionTimeout());
    } catch (IOException e) {
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

  /**
   * The endpoint and the address to connect to, when it may be used: HTTPS, a host, no user info,
   * and every address the name resolves to public (one bad address is enough to refuse: which one a
   * client would pick is not ours to guess). The name is resolved once, here.
   */
  @Nullable Target target(String endpoint) {
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
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(uri.getHost());
    } catch (UnknownHostException e) {
      return null;
    }
    if (addresses.length == 0) {
      return null;
    }
    for (InetAddress address : addresses) {
      if (!local && !PublicAddresses.isPublic(address)) {
        return null;
      }
    }
    return new Target(uri, addresses[0]);
  }
}
