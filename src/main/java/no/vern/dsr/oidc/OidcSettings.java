package no.vern.dsr.oidc;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in with OpenID Connect on {@code /rights} (ID-porten, or a BankID broker), from {@code
 * VERN_OIDC_ISSUER}, {@code VERN_OIDC_CLIENT_ID} and {@code VERN_OIDC_CLIENT_SECRET} (mapped in
 * application.yaml). A sign-in setting rather than one of the request's, hence {@code vern.oidc}.
 * Off while the issuer or the client id is blank. {@code claim}: the claim holding the national
 * identity number ({@code pid} in ID-porten). {@code scopes}: asked for at sign-in, {@code openid}
 * always included.
 */
@ConfigurationProperties("vern.oidc")
public record OidcSettings(
    @DefaultValue("") String issuer,
    @DefaultValue("") String clientId,
    @DefaultValue("") String clientSecret,
    @DefaultValue("pid") String claim,
    @DefaultValue("openid,profile") String scopes) {

  public boolean enabled() {
    return !issuer.isBlank() && !clientId.isBlank();
  }
}
