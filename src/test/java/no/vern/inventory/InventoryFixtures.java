package no.vern.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** A small valid inventory as a newcomer would write it, and ways to break it. */
final class InventoryFixtures {

  static final String MINIMAL =
      """
      formatVersion: 1
      organisation:
        name: Eksempel Inkasso AS
        privacyContact:
          name: { nb: Personvernteamet, en: The privacy team }
          email: personvern@example.invalid
        supervisoryAuthority:
          name: Datatilsynet
          country: NO
          url: https://www.datatilsynet.no
      controllers:
        - id: main
          name: Eksempel Inkasso AS
          organisationNumber: "123456785"
          country: NO
      consentPurposes:
        - code: newsletter
          title: { nb: Nyhetsbrev, en: Newsletter }
          description: { nb: Vi sender deg nyhetsbrev., en: We send you newsletters. }
      dataCategories:
        - id: contact-details
          name: { nb: Kontaktopplysninger, en: Contact details }
        - id: sick-leave
          name: { nb: Fravær og sykmelding, en: Absence and sick leave }
          special: health
      subjectCategories:
        - id: subscribers
          name: { nb: Abonnenter, en: Subscribers }
          contract: true
      retentionTriggers:
        - id: unsubscribed
          description: { nb: Når du melder deg av, en: When you unsubscribe }
      recipients:
        - id: mailer
          name: { nb: Eksempel Utsending AS, en: Eksempel Utsending AS }
          kind: processor
          description: { nb: Sender e-post for oss, en: Sends e-mail for us }
          country: NO
          agreement: { reference: DPA-2024-01, date: 2024-01-15 }
        - id: stats
          name: { nb: Eksempel Statistikk AS, en: Eksempel Statistikk AS }
          kind: processor
          description: { nb: Lager besøksstatistikk, en: Produces visitor statistics }
          country: NO
          agreement: { reference: DPA-2024-02, date: 2024-01-15 }
      activities:
        - id: newsletter
          controller: main
          role: controller
          name: { nb: Nyhetsbrev, en: Newsletter }
          purpose: { nb: Å sende deg nyhetsbrev, en: To send you newsletters }
          legalBases:
            - basis: A6-1-a
          consentPurpose: newsletter
          dataCategories: [contact-details]
          subjectCategories: [subscribers]
          sources:
            - kind: data-subject
              channel: newsletter
              description: { nb: Fra deg når du melder deg på, en: From you when you sign up }
          recipients: [mailer]
          retention:
            trigger: unsubscribed
            period: P0D
            action: delete
          provision:
            requirement: none
            obliged: false
            consequence: { nb: Da får du ikke nyhetsbrevet., en: You then do not get the newsletter. }
      cookies:
        - name: vern_session
          provider: main
          category: necessary
          lifetime: session
          party: first-party
          purpose: { nb: Holder økten din, en: Keeps your session }
        - name: _stats
          provider: stats
          category: statistics
          lifetime: persistent
          maxAge: P13M
          party: third-party
          purpose: { nb: Besøksstatistikk, en: Visitor statistics }
          consentPurpose: newsletter
      """;

  private InventoryFixtures() {}

  /** The minimal document with the first occurrence of a snippet replaced; it must be there. */
  static String minimalWith(String snippet, String replacement) {
    int at = MINIMAL.indexOf(snippet);
    assertThat(at).as("snippet in fixture: %s", snippet).isNotNegative();
    return MINIMAL.substring(0, at) + replacement + MINIMAL.substring(at + snippet.length());
  }

  static ParseResult read(String yaml) {
    return InventoryDocuments.read(yaml, InventoryDocuments.Format.YAML);
  }

  static List<String> codesAndPaths(ParseResult result) {
    return result.problems().stream().map(p -> p.code() + " @ " + p.path()).toList();
  }
}
