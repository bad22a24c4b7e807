package no.vern.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.Test;

class FailureNamesTests {

  @Test
  void onlyClassNamesAreKeptNeverTheMessage() {
    var e =
        new MessagingException(
            "550 person@example.invalid unknown", new ConnectException("refused"));
    assertThat(FailureNames.of(e)).isEqualTo("MessagingException (ConnectException)");
    assertThat(FailureNames.of(new IllegalStateException("x"))).isEqualTo("IllegalStateException");
  }

  @Test
  void aRefusedRecipientOrAnUndecryptableRowIsPermanentAnOutageIsNot() throws Exception {
    Address[] refused = {new InternetAddress("person@example.invalid")};
    assertThat(FailureNames.permanent(new SendFailedException("550", null, null, null, refused)))
        .isTrue();
    assertThat(FailureNames.permanent(new SendFailedException("451", null, null, refused, null)))
        .isFalse();
    assertThat(FailureNames.permanent(new GeneralSecurityException())).isTrue();
    assertThat(FailureNames.permanent(new MessagingException("connect", new ConnectException())))
        .isFalse();
  }
}
