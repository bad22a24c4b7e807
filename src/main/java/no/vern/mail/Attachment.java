package no.vern.mail;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file attached to a mail, such as a signed consent receipt ({@code receipt.jws}, {@code
 * application/jose}). Its content may be personal data: stored encrypted, deleted once sent, never
 * printed.
 */
public record Attachment(String filename, String contentType, byte[] content) {

  static final int MAX_BYTES = 10 * 1024 * 1024;
  private static final Pattern FILENAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final String TOKEN = "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*";
  private static final Pattern CONTENT_TYPE =
      Pattern.compile(
          TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"[^\"\\p{Cntrl}]*\"))*");

  public Attachment {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(content, "content");
    if (!FILENAME.matcher(filename).matches()) {
      throw new IllegalArgumentException(
          "An attachment's file name is 1-100 letters, digits, '.', '_' and '-'");
    }
    if (!CONTENT_TYPE.matcher(contentType).matches()) {
      throw new IllegalArgumentException("An attachment needs a media type such as text/plain");
    }
    if (content.length > MAX_BYTES) {
      throw new IllegalArgumentException("An attachment has at most 10 MB");
    }
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Attachment that
        && filename.equals(that.filename)
        && contentType.equals(that.contentType)
        && Arrays.equals(content, that.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(filename, contentType, Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "Attachment[" + filename + ", " + contentType + ", " + content.length + " bytes]";
  }
}
