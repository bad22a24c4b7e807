package no.vern.inventory;

import static no.vern.inventory.InventoryFixtures.codesAndPaths;
import static no.vern.inventory.InventoryFixtures.minimalWith;
import static no.vern.inventory.InventoryFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the notice must be able to say (Art. 13, 14, 22): each mistake refused at its path. */
class NoticeFactsRulesTests {

  private static final String CONSENT = "      - basis: A6-1-a\n";

  @Test
  void legitimateInterestWithoutTheInterestItselfIsRefused() {
    String f = "      - { basis: A6-1-f, balancingTest: LIA-1 }\n";
    assertThat(codesAndPaths(read(minimalWith(CONSENT, f))))
        .containsExactly("legitimate-interest-missing @ activities[0].legalBases[0].interest");
  }

  @Test
  void severalArticle6BasesMustEachSayWhatTheyCover() {
    String two = CONSENT + "      - { basis: A6-1-b }\n";
    assertThat(codesAndPaths(read(minimalWith(CONSENT, two))))
        .containsExactly(
            "basis-coverage-missing @ activities[0].legalBases[0].covers",
            "basis-coverage-missing @ activities[0].legalBases[1].covers");
  }

  @Test
  void aContractIsNeverTheBasisTowardAGroupWithoutOne() {
    String contract = "      - { basis: A6-1-b }\n";
    String noContract = minimalWith("contract: true", "contract: false");
    assertThat(codesAndPaths(read(noContract.replace(CONSENT, contract))))
        .contains(
            "contract-basis-without-contract @ activities[0].legalBases[0].subjectCategories");
    String unstated = minimalWith("    contract: true\n", "");
    assertThat(codesAndPaths(read(unstated.replace(CONSENT, contract))))
        .contains("contract-unstated @ activities[0].legalBases[0].subjectCategories");
  }

  @Test
  void aBasisCanOnlyBeLimitedToTheActivitysOwnGroups() {
    String limited = "      - { basis: A6-1-a, subjectCategories: [debtors] }\n";
    assertThat(codesAndPaths(read(minimalWith(CONSENT, limited))))
        .containsExactly("unknown-reference @ activities[0].legalBases[0].subjectCategories[0]");
  }

  @Test
  void dataFromThePersonNeedsTheProvisionStatement() {
    String without = minimalWith("    provision:\n", "    provisionX:\n");
    assertThat(codesAndPaths(read(without)))
        .contains("provision-missing @ activities[0].provision");
    String obligedWithoutReason = minimalWith("obliged: false", "obliged: true");
    assertThat(codesAndPaths(read(obligedWithoutReason)))
        .containsExactly("invalid-value @ activities[0].provision.obliged");
  }

  @Test
  void anAutomatedDecisionSaysWhetherArticle22AppliesAndOnWhichException() {
    String decision =
        "    automatedDecisions:\n"
            + "      - logic: { nb: Regler, en: Rules }\n"
            + "        significance: { nb: Brev, en: Letters }\n"
            + "        humanReview: { nb: Ring oss, en: Call us }\n";
    String base = minimalWith("    provision:\n", decision + "    provision:\n");
    assertThat(codesAndPaths(read(base)))
        .containsExactly("article-22-unstated @ activities[0].automatedDecisions[0].article22");
    String applies = base.replace("Call us }\n", "Call us }\n        article22: true\n");
    assertThat(codesAndPaths(read(applies)))
        .containsExactly(
            "article-22-exception-missing @ activities[0].automatedDecisions[0].exception");
    String excepted =
        applies.replace("article22: true\n", "article22: true\n        exception: contract\n");
    assertThat(read(excepted).problems()).isEmpty();
  }

  @Test
  void explicitConsentNeedsAnExpressStatement() {
    String article9 = minimalWith(CONSENT, CONSENT + "      - basis: A9-2-a\n");
    assertThat(codesAndPaths(read(article9)))
        .containsExactly("explicit-consent-method @ activities[0].consentPurpose");
    String recorded =
        article9.replace(
            "  - code: newsletter\n", "  - code: newsletter\n    method: express-statement\n");
    assertThat(read(recorded).problems()).isEmpty();
  }

  @Test
  void theDataPrivacyFrameworkCountsOnlyForACertifiedRecipient() {
    String us =
        minimalWith(
            "country: NO\n    agreement: { reference: DPA-2024-01",
            "country: US\n    transferMechanism: adequacy-decision\n"
                + "    agreement: { reference: DPA-2024-01");
    assertThat(codesAndPaths(read(us)))
        .containsExactly("dpf-not-certified @ recipients[0].dpfCertified");
    assertThat(
            read(us.replace("adequacy-decision\n", "adequacy-decision\n    dpfCertified: true\n"))
                .problems())
        .isEmpty();
    assertThat(
            codesAndPaths(
                read(
                    minimalWith(
                        "country: NO\n    agreement: { reference: DPA-2024-01",
                        "country: NO\n    dpfCertified: true\n    agreement: { reference: DPA-2024-01"))))
        .containsExactly("invalid-value @ recipients[0].dpfCertified");
  }

  @Test
  void aStandingProcessorCannotRestOnAnArticle49Derogation() {
    String derogation =
        minimalWith(
            "country: NO\n    agreement: { reference: DPA-2024-01",
            "country: US\n    transferMechanism: derogation\n"
                + "    agreement: { reference: DPA-2024-01");
    assertThat(codesAndPaths(read(derogation)))
        .containsExactly("derogation-for-processor @ recipients[0].transferMechanism");
  }

  @Test
  void namesReferencesAndCitationsAreRefusedWithoutBothLanguages() {
    String oneLanguage =
        minimalWith(
            "{ nb: Eksempel Utsending AS, en: Eksempel Utsending AS }",
            "{ nb: Eksempel Utsending AS }");
    assertThat(codesAndPaths(read(oneLanguage)))
        .containsExactly("text-missing @ recipients[0].name.en");
    String plain =
        minimalWith(
            "name: { nb: Personvernteamet, en: The privacy team }", "name: Personvernteamet");
    assertThat(codesAndPaths(read(plain)))
        .containsExactly("wrong-type @ organisation.privacyContact.name");
    String citation =
        minimalWith(
            "    action: delete\n", "    action: delete\n      legalReference: { en: Act X }\n");
    assertThat(codesAndPaths(read(citation)))
        .containsExactly("text-missing @ activities[0].retention.legalReference.nb");
  }

  @Test
  void withAudiencesDeclaredEveryActivityBelongsToOne() {
    String audiences =
        "audiences:\n"
            + "  - id: others\n"
            + "    name: { nb: Andre, en: Others }\n"
            + "    heading: { nb: Andre?, en: Others? }\n"
            + "    subjectCategories: [customers]\n";
    String doc =
        minimalWith(
            "subjectCategories:\n",
            audiences
                + "subjectCategories:\n  - id: customers\n    name: { nb: Kunder, en: Customers }\n");
    assertThat(codesAndPaths(read(doc)))
        .containsExactly("audience-missing @ activities[0].subjectCategories");
    assertThat(read(doc.replace("[customers]", "[subscribers]")).problems()).isEmpty();
  }
}
