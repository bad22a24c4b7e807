package no.vern.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.AddressException;
import org.junit.jupiter.api.Test;

class SmtpAddressesTests {

  @Test
  void anAsciiAddressIsUnchangedForAnyServer() throws Exception {
    assertThat(SmtpAddresses.forServer("kari@example.invalid", false).getAddress())
        .isEqualTo("kari@example.invalid");
  }

  @Test
  void anInternationalisedDomainGoesAsPunycodeForAnyServer() throws Exception {
    assertThat(SmtpAddresses.forServer("ola@eksempel-\u00f8.invalid", false).getAddress())
        .isEqualTo("ola@xn--eksempel--t8a.invalid")
        .isEqualTo(SmtpAddresses.forServer("ola@eksempel-\u00f8.invalid", true).getAddress());
  }

  @Test
  void aNonAsciiLocalPartGoesAsTypedOnlyToAServerWithSmtpUtf8() throws Exception {
    assertThat(SmtpAddresses.forServer("k\u00e5re@example.invalid", true).getAddress())
        .isEqualTo("k\u00e5re@example.invalid");
    assertThatThrownBy(() -> SmtpAddresses.forServer("k\u00e5re@example.invalid", false))
        .isInstanceOf(SmtpAddresses.NeedsSmtpUtf8Exception.class)
        .isInstanceOf(AddressException.class)
        .hasMessageNotContaining("k\u00e5re");
    assertThat(FailureNames.permanent(new SmtpAddresses.NeedsSmtpUtf8Exception()))
        .as("refused at once, not retried for hours")
        .isTrue();
  }

  @Test
  void aConfiguredSenderKeepsItsNameAndGetsAnAsciiDomain() throws Exception {
    var sender = SmtpAddresses.sender("Eksempel \u00d8st <post@\u00f8st.invalid>", false);
    assertThat(sender.getAddress()).isEqualTo("post@xn--st-kka.invalid");
    assertThat(sender.getPersonal()).isEqualTo("Eksempel \u00d8st");
  }
}
