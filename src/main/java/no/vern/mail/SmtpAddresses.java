package no.vern.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.IDN;

/**
 * An address in the form one SMTP server can carry. The domain always goes as its ASCII form
 * (punycode, {@code eksempel-ø.invalid} as {@code xn--eksempel--....invalid}), which every server
 * takes and which names the same domain. A local part beyond ASCII ({@code kåre@...}) can only be
 * carried by a server that offers SMTPUTF8 (RFC 6531); to any other it is refused rather than sent
 * mangled, since before this check such a mail went out with the bytes of another address ({@code
 * k?re@...}): to nobody, or to someone else (finding 6 of issue 10).
 */
final class SmtpAddresses {

  /** The recipient (or sender) needs SMTPUTF8 and the server does not offer it: permanent. */
  static final class NeedsSmtpUtf8Exception extends AddressException {
    NeedsSmtpUtf8Exception() {
      super("The address has a non-ASCII local part and the SMTP server does not offer SMTPUTF8");
    }
  }

  private SmtpAddresses() {}

  static InternetAddress forServer(String address, boolean smtpUtf8) throws AddressException {
    int at = address.lastIndexOf('@');
    if (at <= 0 || at == address.length() - 1) {
      throw new AddressException("Not an address with a local part and a domain");
    }
    String local = address.substring(0, at);
    if (!ascii(local) && !smtpUtf8) {
      throw new NeedsSmtpUtf8Exception();
    }
    String domain;
    try {
      domain = IDN.toASCII(address.substring(at + 1));
    } catch (IllegalArgumentException notADomain) {
      throw new AddressException("The domain is not a valid internationalised domain name");
    }
    return new InternetAddress(local + "@" + domain, true);
  }

  /** The sender as configured ({@code Name <address>}), its address in the server's form. */
  static InternetAddress sender(String from, boolean smtpUtf8) throws Exception {
    InternetAddress configured = InternetAddress.parse(from, true)[0];
    InternetAddress sender = forServer(configured.getAddress(), smtpUtf8);
    return new InternetAddress(sender.getAddress(), configured.getPersonal(), "UTF-8");
  }

  private static boolean ascii(String text) {
    return text.chars().allMatch(c -> c < 0x80);
  }
}
