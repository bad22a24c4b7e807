package no.vern.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.vern.mail.MailDelivery;
import no.vern.support.Http;
import no.vern.support.Reactions;
import no.vern.support.TestSmtpServer;
import org.springframework.context.ApplicationContext;

/** A person's side of the newsletter: the sign-up form, their mailbox and the links in it. */
final class Newsletter {

  private final Http http;
  private final ApplicationContext context;

  Newsletter(Http http, ApplicationContext context) {
    this.http = http;
    this.context = context;
  }

  static String freshAddress() {
    return "reader-" + UUID.randomUUID() + "@example.invalid";
  }

  void signUp(String email, String lang) {
    HttpResponse<String> answer =
        http.postJson(
            http.request("/public/forms/newsletter"),
            "{\"lang\":\""
                + lang
                + "\",\"fields\":{\"email\":\""
                + email
                + "\",\"name\":\"Kari\"}}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
  }

  /**
   * Delivers what the outbox holds and returns the mails this address received, oldest first. A
   * sign-up's confirmation mail is queued after the sign-up's commit, so this waits for that first.
   */
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
    Multipart mixed = (Multipart) content;
    Part first = mixed.getBodyPart(0);
    if (first.getContent() instanceof Multipart alternative) {
      return (String) alternative.getBodyPart(0).getContent();
    }
    return (String) first.getContent();
  }

  static byte[] attachment(MimeMessage mail, String name) throws Exception {
    Multipart mixed = (Multipart) mail.getContent();
    for (int i = 0; i < mixed.getCount(); i++) {
      if (name.equals(mixed.getBodyPart(i).getFileName())) {
        return mixed.getBodyPart(i).getInputStream().readAllBytes();
      }
    }
    throw new AssertionError("No attachment " + name);
  }

  /** The path (from /u/) of the first link in the text that starts with the given path. */
  static String link(String text, String pathPrefix) {
    Matcher m =
        Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathPrefix) + "[^\\s]*)")
            .matcher(text);
    assertThat(m.find()).as("a link to " + pathPrefix + " in: " + text).isTrue();
    return m.group(1);
  }

  /** The HTTPS URL's path in a List-Unsubscribe header. */
  static String unsubscribePath(MimeMessage mail) throws Exception {
    String header = mail.getHeader("List-Unsubscribe", null);
    Matcher m = Pattern.compile("<https?://[^/>]+(/u/[^>]+)>").matcher(header);
    assertThat(m.find()).as(header).isTrue();
    return m.group(1);
  }
}
