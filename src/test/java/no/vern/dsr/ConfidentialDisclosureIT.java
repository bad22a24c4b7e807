package no.vern.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.vern.consent.ConsentLedger;
import no.vern.disclosure.Disclosures;
import no.vern.disclosure.NewDisclosure;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Art. 15(1)(c) in the access package: the recipients that actually received the person's data,
 * from the register; and a confidential disclosure (a report to Økokrim, hvitvaskingsloven § 28)
 * never, in the JSON, the page or the PDF.
 */
@VernTest
class ConfidentialDisclosureIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired AccessAnswers answers;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired ConsentLedger ledger;
  @Autowired Disclosures disclosures;
  @Autowired Clock clock;

  @Test
  void aConfidentialDisclosureNeverAppearsInThePersonsAccessPackage() throws Exception {
    var person = DsrFixtures.person(registry, records, ledger, clock.instant());
    Instant at = clock.instant().minusSeconds(3600);
    disclosures.record(
        disclosure(person.subject(), "credit-information-agency", "debt-collection", at, null),
        "system:test");
    disclosures.record(
        disclosure(
            person.subject(),
            "financial-intelligence-unit",
            "anti-money-laundering",
            at,
            "hvitvaskingsloven § 28"),
        "system:test");

    Map<String, byte[]> files = download(person.subject(), Locale.forLanguageTag("nb"));

    String json = new String(files.get("access-package.json"), StandardCharsets.UTF_8);
    JsonNode told = JSON.readTree(json).get("disclosures");
    assertThat(told.size()).isEqualTo(1);
    assertThat(told.get(0).get("recipient").asString()).isEqualTo("Kredittinfo Eksempel AS");
    assertThat(told.get(0).get("role").asString()).isEqualTo("selvstendig behandlingsansvarlig");
    assertThat(told.get(0).get("activities").get(0).asString()).isEqualTo("Inkasso");
    assertThat(told.get(0).get("dataCategories").size()).isEqualTo(1);
    String html = new String(files.get("access-package.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("Hvem som har fått opplysningene dine", "Kredittinfo Eksempel AS");
    String pdf = pdfText(files.get("access-package.pdf"));
    assertThat(pdf).contains("Kredittinfo Eksempel AS");
    for (String text : List.of(json, html, pdf)) {
      assertThat(text)
          .doesNotContain("finansiell etterretning")
          .doesNotContain("Financial Intelligence")
          .doesNotContain("financial-intelligence-unit")
          .doesNotContain("hvitvaskingsloven § 28")
          .doesNotContain("Tiltak mot hvitvasking");
    }
  }

  @Test
  void aPersonWithNoDisclosuresIsToldSoInEnglish() throws Exception {
    var person = DsrFixtures.person(registry, records, ledger, clock.instant());

    Map<String, byte[]> files = download(person.subject(), Locale.ENGLISH);

    assertThat(JSON.readTree(files.get("access-package.json")).get("disclosures").size()).isZero();
    assertThat(new String(files.get("access-package.html"), StandardCharsets.UTF_8))
        .contains("Who received your data", "We have no record of disclosing");
  }

  private static NewDisclosure disclosure(
      SubjectId subject, String recipient, String activity, Instant at, String ground) {
    return new NewDisclosure(
        subject,
        recipient,
        ground == null ? "independent-controller" : "public-authority",
        List.of(activity),
        List.of("A6-1-c"),
        List.of("contact-details"),
        at,
        "REPORTED",
        0,
        null,
        null,
        ground != null,
        ground,
        null);
  }

  private Map<String, byte[]> download(SubjectId subject, Locale language) throws Exception {
    String path =
        answers
            .issueDownload(subject.value(), AnswerKind.ACCESS, language, UUID.randomUUID())
            .getPath();
    HttpResponse<byte[]> zip =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(zip.statusCode()).isEqualTo(200);
    return AccessPackageIT.unzip(zip.body());
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PdfReader reader = new PdfReader(pdf)) {
      var extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    }
  }
}
