package no.vern.mail;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.security.GeneralSecurityException;

/**
 * What a failed send is recorded as: class names only, since an exception's message may quote the
 * recipient's address or the server's answer about it.
 */
final class FailureNames {

  private FailureNames() {}

  /** The exception's simple class name, and its root cause's when that differs. */
  static String of(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String name = e.getClass().getSimpleName();
    return root == e ? name : name + " (" + root.getClass().getSimpleName() + ")";
  }

  /**
   * True when trying again cannot help: the server refused the recipient (5xx, reported as invalid
   * addresses), the address does not parse, or the row does not decrypt with this keyset.
   */
  static boolean permanent(Throwable e) {
    if (e instanceof AddressException || e instanceof GeneralSecurityException) {
      return true;
    }
    return e instanceof SendFailedException refused
        && refused.getInvalidAddresses() != null
        && refused.getInvalidAddresses().length > 0;
  }
}
