package no.vern.dsr.oidc;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Keeps the authorization request (state, nonce, PKCE verifier) between the start of a sign-in and
 * the provider's callback in a signed cookie instead of the server session. The session cookie is
 * SameSite=Strict for the admin area, so a browser coming back from ID-porten's own site would not
 * send it, and the callback could not be matched. This cookie is SameSite=Lax (sent on that
 * top-level redirect), HttpOnly, on {@code /rights/signin} only, and lives ten minutes. It is
 * signed with an HMAC key kept outside the database, and deserialised only after the MAC matched.
 */
class CookieAuthorizationRequests
    implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

  static final String COOKIE = "VERN_OIDC_REQUEST";
  private static final int MAX_AGE = 600;
  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

  static {
    try {
      PrfConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final PrfSet prf;
  private final boolean secure;

  CookieAuthorizationRequests(KeysetHandle keyset, boolean secure) throws GeneralSecurityException {
    this.prf = keyset.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
    this.secure = secure;
  }

  static KeysetHandle newKeyset() throws GeneralSecurityException {
    return KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
  }

  @Override
  public OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
    return read(request).orElse(null);
  }

  @Override
  public void saveAuthorizationRequest(
      OAuth2AuthorizationRequest authorizationRequest,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (authorizationRequest == null) {
      response.addHeader("Set-Cookie", cookie("", 0));
      return;
    }
    byte[] body = serialise(authorizationRequest);
    String value = ENCODE.encodeToString(body) + "." + ENCODE.encodeToString(mac(body));
    response.addHeader("Set-Cookie", cookie(value, MAX_AGE));
  }

  @Override
  public OAuth2AuthorizationRequest removeAuthorizationRequest(
      HttpServletRequest request, HttpServletResponse response) {
    Optional<OAuth2AuthorizationRequest> found = read(request);
    response.addHeader("Set-Cookie", cookie("", 0));
    return found.orElse(null);
  }

  private Optional<OAuth2AuthorizationRequest> read(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(c -> COOKIE.equals(c.getName()))
        .map(Cookie::getValue)
        .map(this::verified)
        .flatMap(Optional::stream)
        .findFirst();
  }

  private Optional<OAuth2AuthorizationRequest> verified(String value) {
    int dot = value.indexOf('.');
    if (dot <= 0 || dot != value.lastIndexOf('.') || value.length() > 8000) {
      return Optional.empty();
    }
    try {
      byte[] body = DECODE.decode(value.substring(0, dot));
      byte[] tag = DECODE.decode(value.substring(dot + 1));
      if (!MessageDigest.isEqual(tag, mac(body))) {
        return Optional.empty();
      }
      try (var in = new ObjectInputStream(new ByteArrayInputStream(body))) {
        return Optional.of((OAuth2AuthorizationRequest) in.readObject());
      }
    } catch (IllegalArgumentException
        | IOException
        | ClassNotFoundException
        | ClassCastException e) {
      return Optional.empty();
    }
  }

  private byte[] mac(byte[] body) {
    try {
      byte[] labelled = new byte[body.length + 12];
      System.arraycopy(
          "oidc-request".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, labelled, 0, 12);
      System.arraycopy(body, 0, labelled, 12, body.length);
      return prf.computePrimary(labelled, 32);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not compute a MAC", e);
    }
  }

  private static byte[] serialise(OAuth2AuthorizationRequest request) {
    var bytes = new ByteArrayOutputStream();
    try (var out = new ObjectOutputStream(bytes)) {
      out.writeObject(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private String cookie(String value, int maxAge) {
    return ResponseCookie.from(COOKIE, value)
        .path("/rights/signin")
        .httpOnly(true)
        .secure(secure)
        .sameSite("Lax")
        .maxAge(maxAge)
        .build()
        .toString();
  }
}
