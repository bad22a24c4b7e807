package no.vern.mail;

import java.util.Objects;
import java.util.UUID;

/** An outgoing mail, by id only: what callers keep to ask about it later. */
public record MailId(UUID value) {
  public MailId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
