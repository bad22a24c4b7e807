package no.vern.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import no.vern.shared.identifier.EmailAddress;

/**
 * One mail to one person, as a caller hands it to the {@link Outbox}. {@code kind} names what it is
 * ({@code consent.confirmation}, {@code breach.notification}): it stays in clear in the outbox and
 * on the admin page, so it must never hold personal data. Everything else is encrypted until sent.
 * Build with {@link #of} and the {@code with...} methods.
 */
public record OutgoingMail(
    String kind,
    EmailAddress to,
    Language language,
    RenderedMail content,
    List<Header> headers,
    List<Attachment> attachments) {

  static final int MAX_ATTACHMENTS = 10;
  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*");

  public OutgoingMail {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(content, "content");
    if (kind.length() > 60 || !KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException(
          "A mail kind is 1-60 lower-case letters, digits, '-' and '.', such as"
              + " consent.confirmation");
    }
    headers = List.copyOf(headers);
    attachments = List.copyOf(attachments);
    if (attachments.size() > MAX_ATTACHMENTS) {
      throw new IllegalArgumentException("A mail has at most 10 attachments");
    }
    long bytes = attachments.stream().mapToLong(a -> a.content().length).sum();
    if (bytes > Attachment.MAX_BYTES) {
      throw new IllegalArgumentException("A mail's attachments have at most 10 MB together");
    }
  }

  public static OutgoingMail of(
      String kind, EmailAddress to, Language language, RenderedMail content) {
    return new OutgoingMail(kind, to, language, content, List.of(), List.of());
  }

  public OutgoingMail withHeader(String name, String value) {
    List<Header> more = new ArrayList<>(headers);
    more.add(new Header(name, value));
    return new OutgoingMail(kind, to, language, content, more, attachments);
  }

  public OutgoingMail withAttachment(Attachment attachment) {
    List<Attachment> more = new ArrayList<>(attachments);
    more.add(attachment);
    return new OutgoingMail(kind, to, language, content, headers, more);
  }

  @Override
  public String toString() {
    return "OutgoingMail["
        + kind
        + ", "
        + language.tag()
        + ", "
        + headers.size()
        + " headers, "
        + attachments.size()
        + " attachments]";
  }
}
