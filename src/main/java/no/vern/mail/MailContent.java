package no.vern.mail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Everything of a mail but its recipient, as JSON: the plaintext of one ciphertext column. */
record MailContent(RenderedMail words, List<Header> headers, List<Attachment> attachments) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static MailContent of(OutgoingMail mail) {
    return new MailContent(mail.content(), mail.headers(), mail.attachments());
  }

  byte[] toJson() {
    return JSON.writeValueAsBytes(this);
  }

  static MailContent fromJson(byte[] json) {
    return JSON.readValue(new String(json, StandardCharsets.UTF_8), MailContent.class);
  }

  @Override
  public String toString() {
    return "MailContent[***]";
  }
}
