package no.vern.consent.domain;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import no.vern.consent.ConsentStatus;

/**
 * Everything a receipt states, gathered from the event and from the inventory behind the notice the
 * person was shown. Ids and the organisation's own details only; nothing about the person but their
 * subject id.
 */
public record ReceiptFacts(
    UUID event,
    UUID subject,
    ConsentStatus status,
    Instant at,
    String language,
    String purposeCode,
    String purposeTitle,
    String purposeDescription,
    String legalBasis,
    List<String> activities,
    int noticeVersion,
    String noticeUrl,
    String textSha256,
    String method,
    String channel,
    List<Party> controllers,
    List<Category> dataCategories,
    List<String> recipients,
    Period maxAge,
    Instant expiresAt,
    String withdrawUrl) {

  public ReceiptFacts {
    activities = List.copyOf(activities);
    controllers = List.copyOf(controllers);
    dataCategories = List.copyOf(dataCategories);
    recipients = List.copyOf(recipients);
  }

  /** A controller as the notice names it. */
  public record Party(
      String id,
      String name,
      String organisationNumber,
      String country,
      String address,
      String email,
      String phone) {}

  /** A kind of personal data, with its Art. 9 category when it has one. */
  public record Category(String id, String name, String special) {}
}
