package no.vern.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import no.vern.mail.MailDelivery;
import no.vern.support.Http;
import no.vern.support.Reactions;
import no.vern.support.TestSmtpServer;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The test's side of requests: known and unknown people, the API, and their mailboxes. */
final class Dsr {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private final Http http;
  private final ApplicationContext context;

  Dsr(Http http, ApplicationContext context) {
    this.http = http;
    this.context = context;
  }

  static String freshAddress() {
    return "person-" + UUID.randomUUID() + "@example.invalid";
  }

  /** A person Vern knows by this address: one enquiry stored through the records API. */
  void known(String email) {
    HttpResponse<String> stored =
        http.postJson(
            http.api("/api/v1/records"),
            "{\"activity\":\"enquiries\",\"identifiers\":{\"email\":\"%s\"},\"data\":{\"message\":\"Synthetic enquiry\"},\"source\":\"contact-form\"}"
                .formatted(email));
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
  }

  HttpResponse<String> post(String path, String json) {
    return http.postJson(http.api(path), json);
  }

  JsonNode created(String json) {
    HttpResponse<String> answer = post("/api/v1/requests", json);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return JSON.readTree(answer.body());
  }

  List<MimeMessage> mailbox(String email) {
    Reactions.settle();
    MailDelivery.dispatchAllDue(context);
    return TestSmtpServer.receivedBy(email);
  }

  static String text(MimeMessage mail) throws Exception {
    Object content = mail.getContent();
    if (content instanceof String s) {
      return s;
    }
    Part first = ((Multipart) content).getBodyPart(0);
    if (first.getContent() instanceof Multipart alternative) {
      return (String) alternative.getBodyPart(0).getContent();
    }
    return (String) first.getContent();
  }
}
