package no.vern.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutgoingMailTests {

  private final String to = MailFixtures.freshAddress();

  @Test
  void headersCannotSmuggleInALineBreakOrReplaceTheOutboxsOwn() {
    OutgoingMail mail = MailFixtures.plain(to);
    assertThatThrownBy(() -> mail.withHeader("X-Note", "a\r\nBcc: victim@example.invalid"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("victim");
    assertThatThrownBy(() -> mail.withHeader("Bcc", "someone@example.invalid"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> mail.withHeader("Message-ID", "<x@example.invalid>"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> mail.withHeader("Content-Type", "text/html"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> mail.withHeader("X-Name", "Ærlig"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void subjectsAreOneLineAndKindsAreCodes() {
    assertThatThrownBy(() -> RenderedMail.text("Hi\nBcc: x@example.invalid", "body"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                OutgoingMail.of(
                    "Person Name",
                    MailFixtures.address(to),
                    Language.EN,
                    RenderedMail.text("s", "b")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void attachmentsAreNamedAndTypedAndLimited() {
    assertThatThrownBy(() -> new Attachment("../etc/passwd", "text/plain", new byte[1]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Attachment("a.txt", "text", new byte[1]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Attachment("a.bin", "application/octet-stream", new byte[11 << 20]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Attachment("a.txt", "text/plain; charset=UTF-8", new byte[1]).contentType())
        .isEqualTo("text/plain; charset=UTF-8");
  }

  @Test
  void printingAMailShowsNeitherRecipientNorWords() {
    OutgoingMail mail =
        MailFixtures.full(to, new RenderedMail("Secret subject", "Secret text", "<p>Secret</p>"));
    assertThat(mail.toString())
        .doesNotContain(to)
        .doesNotContain("Secret")
        .doesNotContain("synthetic-token")
        .contains("mail.test");
    assertThat(mail.headers().get(0).toString()).doesNotContain("synthetic-token");
  }

  @Test
  void contentSurvivesItsStoredForm() {
    OutgoingMail mail =
        MailFixtures.full(to, new RenderedMail("Emne æøå", "Tekst æøå", "<p>Tekst</p>"));
    MailContent back = MailContent.fromJson(MailContent.of(mail).toJson());
    assertThat(back).isEqualTo(MailContent.of(mail));
    assertThat(back.attachments().get(0).content()).isEqualTo(MailFixtures.receipt());
  }
}
