package no.vern.cookie.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import no.vern.dsr.access.AccessPackage;
import no.vern.dsr.access.AccessPackages;
import no.vern.retention.Erasures;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.RecordId;
import no.vern.subject.StoredRecord;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.Reactions;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A visitor who chose cookies and later sends a public form on the same site: the form carries the
 * consent id (as embed.js reads it from the banner's cookie) and the choice is linked to the
 * person.
 */
@VernTest
class CookieConsentLinkIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SITE = "https://www.allowed.example.invalid";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired SubjectRegistry registry;
  @Autowired AccessPackages packages;
  @Autowired PersonalDataRecords records;
  @Autowired Erasures erasures;
  @Autowired TransactionTemplate tx;

  @Test
  void aFormCarryingTheConsentIdLinksTheChoiceToThePersonAndAnInventedIdLinksNothing() {
    Http http = new Http(port);
    HttpResponse<String> chosen =
        http.postJson(
            http.request("/public/cookies/consents").header("Origin", SITE),
            "{\"accepted\":[\"statistics\"],\"method\":\"choose\"}");
    assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(201);
    UUID consentId = UUID.fromString(JSON.readTree(chosen.body()).get("consentId").asString());
    String email = "linked." + UUID.randomUUID() + "@example.invalid";

    HttpResponse<String> sent = contact(http, email, consentId.toString());
    assertThat(sent.statusCode()).as(sent.body()).isIn(200, 201, 202);
    Reactions.settle();

    UUID subject = registry.resolve(List.of(new Identifier(IdentifierType.EMAIL, email))).value();
    assertThat(links(consentId)).containsExactly(subject);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE action_code = 7003 AND resource_id = ?")
                .param(consentId.toString())
                .query(Long.class)
                .single())
        .isEqualTo(1);

    UUID invented = UUID.randomUUID();
    HttpResponse<String> other =
        contact(http, "other." + UUID.randomUUID() + "@example.invalid", invented.toString());
    assertThat(other.statusCode()).as(other.body()).isIn(200, 201, 202);
    Reactions.settle();
    assertThat(links(invented)).isEmpty();
  }

  @Test
  void theLinkedChoiceIsInThePersonsAccessPackageAndLosesItsNameWithThePersonsErasure() {
    Http http = new Http(port);
    HttpResponse<String> chosen =
        http.postJson(
            http.request("/public/cookies/consents").header("Origin", SITE),
            "{\"accepted\":[\"statistics\"],\"method\":\"choose\","
                + "\"url\":\"https://www.allowed.example.invalid/prices?ref=mail\"}");
    assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(201);
    UUID consentId = UUID.fromString(JSON.readTree(chosen.body()).get("consentId").asString());
    String email = "package." + UUID.randomUUID() + "@example.invalid";
    assertThat(contact(http, email, consentId.toString()).statusCode()).isIn(200, 201, 202);
    Reactions.settle();
    SubjectId person = registry.resolve(List.of(new Identifier(IdentifierType.EMAIL, email)));

    AccessPackage answer = packages.of(person, "nb", "user:CookieConsentLinkIT");
    assertThat(answer.cookieChoices())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.consentId()).isEqualTo(consentId);
              assertThat(c.accepted()).containsExactly("necessary", "statistics");
              assertThat(c.refused()).containsExactly("preferences", "marketing");
              assertThat(c.page()).isEqualTo("https://www.allowed.example.invalid/prices");
            });

    // An erasure keeps the subject row (the ledgers' proof), so the link stays with an id whose
    // identifiers are gone: the person can no longer be found by their address.
    List<RecordId> records =
        this.records.ofSubject(person, "user:CookieConsentLinkIT").stream()
            .map(StoredRecord::id)
            .toList();
    tx.executeWithoutResult(s -> erasures.erase(person, records, "user:CookieConsentLinkIT"));
    assertThat(
            jdbc.sql("SELECT count(*) FROM subject_identifier WHERE subject_id = ?")
                .param(person.value())
                .query(Long.class)
                .single())
        .as("identifiers after the person's erasure")
        .isZero();
    assertThat(links(consentId))
        .as("the link, now to a nameless id")
        .containsExactly(person.value());
  }

  private static HttpResponse<String> contact(Http http, String email, String consentId) {
    return http.postJson(
        http.request("/public/forms/contact")
            .header("Origin", SITE)
            .header("Accept", "application/json"),
        "{\"lang\":\"nb\",\"website\":\"\",\"consentId\":\""
            + consentId
            + "\",\"fields\":{\"name\":\"Kari Nordmann\",\"email\":\""
            + email
            + "\",\"topic\":\"other\",\"message\":\"Hei\"}}");
  }

  private List<UUID> links(UUID consentId) {
    return jdbc.sql("SELECT subject_id FROM cookie_consent_subject WHERE consent_id = ?")
        .param(consentId)
        .query(UUID.class)
        .list();
  }
}
