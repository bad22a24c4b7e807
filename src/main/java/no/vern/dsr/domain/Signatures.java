package no.vern.dsr.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one signature of Vern's outgoing webhooks and of the callbacks it accepts: {@code
 * X-Vern-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}. The time inside the MAC
 * lets a receiver refuse a replayed old message; the hex MAC is what Stripe and GitHub receivers
 * already know how to check.
 */
public final class Signatures {

  public static final String HEADER = "X-Vern-Signature";

  private Signatures() {}

  /** The header's value for {@code body} sent at {@code t}. */
  public static String header(String secret, long t, String body) {
    return "t=" + t + ",v1=" + sign(secret, t + "." + body);
  }

  /** The hex HMAC-SHA256 of {@code payload}. */
  public static String sign(String secret, String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /**
   * Whether {@code header} signs {@code body} with {@code secret} at a time no further than {@code
   * toleranceSeconds} from {@code nowSeconds}. Compared in constant time.
   */
  public static boolean valid(
      String secret, String header, String body, long nowSeconds, long toleranceSeconds) {
    Optional<Long> t = part(header, "t").flatMap(Signatures::number);
    Optional<String> v1 = part(header, "v1");
    if (t.isEmpty() || v1.isEmpty() || Math.abs(nowSeconds - t.get()) > toleranceSeconds) {
      return false;
    }
    byte[] expected = sign(secret, t.get() + "." + body).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, v1.get().getBytes(StandardCharsets.US_ASCII));
  }

  private static Optional<String> part(String header, String name) {
    for (String part : header.split(",")) {
      String[] pair = part.strip().split("=", 2);
      if (pair.length == 2 && pair[0].equals(name)) {
        return Optional.of(pair[1]);
      }
    }
    return Optional.empty();
  }

  private static Optional<Long> number(String text) {
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
