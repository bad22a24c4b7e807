package no.vern.dsr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import no.vern.support.Http;
import tools.jackson.databind.JsonNode;

/** The case handler's side of the changing rights: a verified request, and its change calls. */
final class Changing {

  private final Dsr dsr;
  private final Http http;

  Changing(Dsr dsr, Http http) {
    this.dsr = dsr;
    this.http = http;
  }

  /** A request for {@code rights} by the person at {@code email}, verified by phone. */
  String verified(String email, String language, String... rights) {
    String list = String.join("\",\"", rights);
    JsonNode request =
        dsr.created(
            "{\"rights\":[\"%s\"],\"identifiers\":{\"email\":\"%s\"},\"channel\":\"letter\",\"language\":\"%s\"}"
                .formatted(list, email, language));
    String id = request.get("id").asString();
    HttpResponse<String> verified =
        dsr.post(
            "/api/v1/requests/" + id + "/verification",
            "{\"method\":\"phone-callback\",\"reason\":\"Synthetic call-back\"}");
    assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
    return id;
  }

  HttpResponse<String> post(String request, String call, String json) {
    return dsr.post("/api/v1/requests/" + request + "/" + call, json);
  }

  JsonNode ok(String request, String call, String json) {
    HttpResponse<String> answer = post(request, call, json);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return Dsr.JSON.readTree(answer.body());
  }

  JsonNode get(String path) {
    HttpResponse<String> answer = http.send(http.api(path).GET());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return Dsr.JSON.readTree(answer.body());
  }

  /** The decision the API gives for the person and purpose, with an Art. 18(2) ground or none. */
  JsonNode decision(String email, String purpose, String ground) {
    return get(
        "/api/v1/decisions?identifier=email:"
            + email
            + "&purpose="
            + purpose
            + (ground == null ? "" : "&ground=" + ground));
  }

  /** The text of the mail that contains {@code needle}: mails may arrive in any order. */
  static String mailWith(List<jakarta.mail.internet.MimeMessage> mails, String needle)
      throws Exception {
    for (var mail : mails) {
      String text = Dsr.text(mail);
      if (text.contains(needle)) {
        return text;
      }
    }
    throw new AssertionError("No mail contains \"" + needle + "\" among " + mails.size());
  }

  /** The steps on the request's timeline, in order. */
  List<String> steps(org.springframework.jdbc.core.simple.JdbcClient jdbc, String request) {
    return jdbc.sql("SELECT step FROM dsr_timeline WHERE request_id = ?::uuid ORDER BY at, id")
        .param(request)
        .query(String.class)
        .list();
  }
}
