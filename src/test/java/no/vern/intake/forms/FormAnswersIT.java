package no.vern.intake.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import no.vern.intake.NewsletterSignupRequested;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.StoredRows;
import no.vern.support.VernTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What the public forms answer: the same bytes whoever sends them, every mistake at once with
 * nothing stored, a robot's honeypot answered like a person, the definition for other sites.
 */
@VernTest
class FormAnswersIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired SubjectRegistry registry;
  @Autowired ConfigurableApplicationContext context;
  Http http;
  FormClient forms;
  FormRecordRows rows;

  @BeforeEach
  void clients() {
    http = new Http(port);
    forms = new FormClient(http);
    rows = new FormRecordRows(jdbc, registry);
  }

  private static Map<String, Object> contact(String email) {
    return Map.of(
        "fields",
        Map.of(
            "name", "Synthetic Person",
            "email", email,
            "topic", "case",
            "message", "Synthetic: when is my next instalment due?"));
  }

  @Test
  void aKnownAndAnUnknownPersonGetByteIdenticalAnswers() {
    String known = FormClient.email();
    HttpResponse<String> first = forms.json("contact", contact(known));
    HttpResponse<String> again = forms.json("contact", contact(known.toUpperCase()));
    HttpResponse<String> stranger = forms.json("contact", contact(FormClient.email()));

    assertThat(List.of(first.statusCode(), again.statusCode(), stranger.statusCode()))
        .containsOnly(202);
    assertThat(again.body()).isEqualTo(first.body()).isEqualTo(stranger.body());
    assertThat(rows.of(known, "contact")).hasSize(2);
    assertThat(first.headers().map()).doesNotContainKey("set-cookie");

    Map<String, String> posted =
        Map.of("name", "Synthetic", "email", known, "topic", "other", "message", "Synthetic.");
    String knownPage = forms.posted("contact", posted).body();
    Map<String, String> strangerPost =
        Map.of("name", "Synthetic", "email", FormClient.email(), "topic", "other", "message", "Hi");
    assertThat(forms.posted("contact", strangerPost).body()).isEqualTo(knownPage);
  }

  @Test
  void aFilledHoneypotIsAnsweredLikeSuccessAndStoresNothing() {
    String email = FormClient.email();
    String person = forms.json("contact", contact(FormClient.email())).body();
    StoredRows before = rows.stored();

    Map<String, Object> robot = new java.util.HashMap<>(contact(email));
    robot.put("website", "https://spam.example.invalid");
    HttpResponse<String> json = forms.json("contact", robot);
    HttpResponse<String> posted =
        forms.posted(
            "newsletter",
            Map.of("email", email, "website", "https://spam.example.invalid"),
            "Accept",
            "application/json");

    assertThat(json.statusCode()).isEqualTo(202);
    assertThat(json.body()).isEqualTo(person);
    assertThat(posted.statusCode()).isEqualTo(202);
    assertThat(posted.body()).contains("\"status\":\"accepted\"");
    assertThat(rows.stored().addedSince(before)).isEmpty();
    assertThat(
            registry.find(
                new no.vern.subject.Identifier(
                    no.vern.shared.identifier.IdentifierType.EMAIL, email)))
        .isEmpty();
  }

  @Test
  void everyFieldErrorIsListedInTheRequestLanguageAndNothingIsStored() {
    StoredRows before = rows.stored();
    HttpResponse<String> response =
        forms.json(
            "contact",
            Map.of(
                "lang",
                "en",
                "colour",
                "blue",
                "fields",
                Map.of(
                    "email", "person@example",
                    "phone", "12345",
                    "topic", "lottery",
                    "message", "x".repeat(3001),
                    "favourite", "Synthetic")));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    JsonNode problem = FormClient.JSON.readTree(response.body());
    assertThat(problem.get("type").asString()).isEqualTo("urn:vern:problem:validation-failed");
    assertThat(problem.get("detail").asString())
        .isEqualTo("The form has fields to correct; nothing was stored.");
    assertThat(
            problem
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString() + " " + e.get("code").asString()))
        .containsExactlyInAnyOrder(
            "colour unknown",
            "fields.favourite unknown",
            "fields.name required",
            "fields.email format",
            "fields.phone length",
            "fields.topic choice",
            "fields.message length");
    assertThat(problem.get("errors").valueStream().map(e -> e.get("message").asString()))
        .contains(
            "Enter a valid e-mail address, such as name@example.no.",
            "Use at most 3000 characters.");
    assertThat(response.body())
        .doesNotContain("person@example\"")
        .doesNotContain("lottery")
        .doesNotContain("12345");
    assertThat(rows.stored().addedSince(before)).isEmpty();
  }

  @Test
  void aBrowserPostWithMistakesGetsAPageListingThemInBokmal() {
    StoredRows before = rows.stored();
    HttpResponse<String> response =
        forms.posted(
            "contact", Map.of("email", "ikke en adresse", "topic", "case", "message", "Hei"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(response.body())
        .contains("lang=\"nb\"")
        .contains("Skjemaet kunne ikke sendes")
        .contains("<dt>E-postadresse</dt>")
        .contains("<dt>Navn</dt>")
        .contains("Fyll ut dette feltet.")
        .doesNotContain("ikke en adresse");
    assertThat(rows.stored().addedSince(before)).isEmpty();
  }

  @Test
  void anOrdinaryMultipartPostIsTakenToo() {
    String email = FormClient.email();
    String boundary = "vern-test-boundary";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\n"
            + email
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"company\"\r\n\r\n"
            + "Synthetic AS\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> response =
        http.send(
            http.request("/public/forms/report-download")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    assertThat(rows.of(email, "report-download")).hasSize(1);
  }

  @Test
  void aNewsletterSignUpIsRecordedAndAnnouncedWithIdsOnly() {
    List<NewsletterSignupRequested> seen = new CopyOnWriteArrayList<>();
    ApplicationListener<PayloadApplicationEvent<NewsletterSignupRequested>> listener =
        event -> seen.add(event.getPayload());
    context.addApplicationListener(listener);
    try {
      String email = FormClient.email();
      HttpResponse<String> response =
          forms.json("newsletter", Map.of("lang", "en", "fields", Map.of("email", email)));

      assertThat(response.statusCode()).isEqualTo(202);
      Map<String, Object> row = rows.single(email, "newsletter");
      NewsletterSignupRequested event =
          seen.stream()
              .filter(e -> e.record().value().equals(row.get("id")))
              .findFirst()
              .orElseThrow();
      assertThat(event.subject().value()).isEqualTo(row.get("subject_id"));
      assertThat(event)
          .extracting("formId", "activity", "consentPurpose", "language")
          .containsExactly("newsletter", "newsletter", "newsletter", "en");
      assertThat(event.toString()).doesNotContain(email);
    } finally {
      context.removeApplicationListener(listener);
    }
  }

  @Test
  void theDefinitionHasEveryTextInBothLanguagesAndNoPersonalData() {
    HttpResponse<String> response = http.get("/public/forms/contact");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode form = FormClient.JSON.readTree(response.body());
    assertThat(form.get("kind").asString()).isEqualTo("contact");
    assertThat(form.get("title").get("en").asString()).isEqualTo("Contact us");
    assertThat(form.get("honeypot").asString()).isEqualTo("website");
    assertThat(form.get("action").asString()).isEqualTo("/public/forms/contact");
    assertThat(form.get("purpose").get("nb").asString()).isNotBlank();
    assertThat(form.get("fields").valueStream().map(f -> f.get("name").asString()))
        .containsExactly("name", "email", "phone", "topic", "message");
    JsonNode email = form.get("fields").get(1);
    assertThat(email.get("required").asBoolean()).isTrue();
    assertThat(email.get("label").get("nb").asString()).isEqualTo("E-postadresse");
    assertThat(form.get("fields").get(3).get("options").get(0).get("label").get("en").asString())
        .isEqualTo("Our services");
    assertThat(form.get("texts").get("submit").get("nb").asString()).isEqualTo("Send");

    assertThat(http.get("/public/forms/no-such-form").statusCode()).isEqualTo(404);
    HttpResponse<String> script = http.get("/public/forms/embed.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/javascript");
    assertThat(script.body()).contains("data-vern-form");
  }

  @Test
  void anUnknownFormIsNotFound() {
    HttpResponse<String> response =
        forms.json("no-such-form", Map.of("fields", Map.of("email", FormClient.email())));
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("urn:vern:problem:not-found");
  }
}
