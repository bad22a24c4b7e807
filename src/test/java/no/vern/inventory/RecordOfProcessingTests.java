package no.vern.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.vern.inventory.InventoryDocuments.Format;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The two exports of the record of processing, from the example debt-collection group. */
class RecordOfProcessingTests {

  private static final Inventory EXAMPLE =
      InventoryDocuments.read(InventoryExamples.DEBT_COLLECTION, Format.YAML)
          .inventory()
          .orElseThrow();

  @Test
  void csvHasAHeaderAndOneRowPerActivityWithRetentionInWords() {
    String csv = RecordOfProcessingCsv.write(EXAMPLE, "en");
    List<String> lines = List.of(csv.split("\r\n"));
    assertThat(lines.get(0))
        .startsWith("controller,controller contact,data protection officer,activity,role,purpose");
    assertThat(lines).hasSize(EXAMPLE.activities().size() + 1);
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("Brattli Kreditt AS,")
                    .contains("Debt collection,controller,")
                    .contains("3 years after case closed, then anonymise")
                    .contains("A6-1-f (LIA-2024-07): The creditor's and our interest"));
    assertThat(csv).contains("US: adequacy-decision");
  }

  @Test
  void csvQuotesCommasQuotesAndLineBreaksAsRfc4180Says() {
    assertThat(RecordOfProcessingCsv.quote("plain")).isEqualTo("plain");
    assertThat(RecordOfProcessingCsv.quote("a, b")).isEqualTo("\"a, b\"");
    assertThat(RecordOfProcessingCsv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(RecordOfProcessingCsv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void csvInBokmalUsesTheNorwegianTexts() {
    String csv = RecordOfProcessingCsv.write(EXAMPLE, "nb");
    assertThat(csv).contains("Inkasso").contains("3 år etter «Når saken er avsluttet»");
  }

  @Test
  void jsonLdUsesDpvTermsForEveryActivity() {
    JsonNode graph = JsonMapper.builder().build().readTree(RecordOfProcessingJsonLd.write(EXAMPLE));
    assertThat(graph.get("@context").get("dpv").asString()).isEqualTo("https://w3id.org/dpv#");
    assertThat(graph.get("@context").get("eu-gdpr").asString())
        .isEqualTo("https://w3id.org/dpv/legal/eu/gdpr#");
    List<JsonNode> activities =
        graph
            .get("@graph")
            .valueStream()
            .filter(n -> n.get("@type").asString().equals("dpv:PersonalDataHandling"))
            .toList();
    assertThat(activities).hasSize(EXAMPLE.activities().size());
    JsonNode debt =
        activities.stream()
            .filter(n -> n.get("dct:identifier").asString().equals("debt-collection"))
            .findFirst()
            .orElseThrow();
    assertThat(debt.get("dpv:hasLegalBasis").toString()).contains("eu-gdpr:A6-1-f");
    assertThat(debt.get("dpv:hasDataController").get("@id").asString())
        .isEqualTo("urn:vern:controller:group");
    assertThat(
            debt.get("dpv:hasStorageCondition").get("dpv:hasDuration").get("rdf:value").asString())
        .isEqualTo("P3Y");
    assertThat(debt.get("dpv:hasDataProcessor").toString()).contains("dpv:DataProcessor");
    assertThat(graph.toString()).doesNotContain("null");
  }

  @Test
  void transfersOutsideTheEeaNameTheCountryAndTheArticle() {
    String json = RecordOfProcessingJsonLd.write(EXAMPLE);
    assertThat(json).contains("\"dpv:hasThirdCountry\"").contains("eu-gdpr:A45-3");
  }

  @Test
  void theBrokenExampleHasExactlyTheFourProblemsANewcomerMakes() {
    ParseResult result = InventoryDocuments.read(InventoryExamples.brokenFourWays(), Format.YAML);
    assertThat(result.errors())
        .extracting(Problem::code)
        .as("%s", result.errors())
        .containsExactlyInAnyOrder(
            "unknown-reference",
            "retention-missing",
            "special-category-without-article-9",
            "text-missing");
    assertThat(result.errors())
        .extracting(Problem::path)
        .containsExactlyInAnyOrderElementsOf(InventoryExamples.BROKEN_PATHS);
  }
}
