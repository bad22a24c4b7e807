package no.vern.inventory;

import static no.vern.inventory.InventoryFixtures.MINIMAL;
import static no.vern.inventory.InventoryFixtures.codesAndPaths;
import static no.vern.inventory.InventoryFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Connected systems: what each kind needs, and references to activities and recipients. */
class SystemRulesTests {

  private static ParseResult withSystems(String yaml) {
    return read(MINIMAL + "systems:\n" + yaml);
  }

  @Test
  void aWebhookSystemAndAManualSystemWithWhatTheyNeedAreAccepted() {
    var result =
        withSystems(
            """
              - id: crm
                name: { nb: Kunderegisteret, en: The customer register }
                kind: webhook
                recipient: mailer
                activities: [newsletter]
                requests: [erasure, rectification]
                identifiers: [email]
                url: https://crm.example.invalid/vern
              - id: mail-tool
                name: { nb: Utsendingsverktøyet, en: The mailing tool }
                kind: manual
                activities: [newsletter]
                assignee: marketing
                checklist:
                  - { nb: Slett kontakten, en: Delete the contact }
            """);
    assertThat(codesAndPaths(result)).isEmpty();
    assertThat(result.inventory().orElseThrow().systems()).hasSize(2);
  }

  @Test
  void aWebhookWithoutAnAddressAndAManualSystemWithoutChecklistAreRefused() {
    var result =
        withSystems(
            """
              - id: crm
                name: { nb: Kunderegisteret, en: The customer register }
                kind: webhook
                activities: [newsletter]
              - id: mail-tool
                name: { nb: Utsendingsverktøyet, en: The mailing tool }
                kind: manual
                activities: [newsletter]
                assignee: marketing
            """);
    assertThat(codesAndPaths(result))
        .containsExactly("required @ systems[0].url", "required @ systems[1].checklist");
  }

  @Test
  void aSystemMustNameActivitiesAndARecipientThatExistAndKnownRequestTypes() {
    var result =
        withSystems(
            """
              - id: crm
                name: { nb: Kunderegisteret, en: The customer register }
                kind: webhook
                recipient: mailler
                activities: [newsleter]
                requests: [deletion]
                url: ftp://crm.example.invalid/vern
            """);
    assertThat(codesAndPaths(result))
        .containsExactly(
            "unknown-reference @ systems[0].activities[0]",
            "unknown-reference @ systems[0].recipient",
            "invalid-value @ systems[0].requests[0]",
            "invalid-value @ systems[0].url");
  }
}
