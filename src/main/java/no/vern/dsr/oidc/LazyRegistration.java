package no.vern.dsr.oidc;

import java.util.Arrays;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one client registration, read from the issuer's discovery document on first use rather than
 * at start, so that Vern starts (and its other pages work) while the identity provider is down. A
 * failed read is tried again at the next sign-in.
 */
class LazyRegistration implements ClientRegistrationRepository {

  static final String ID = "rights";

  private final OidcSettings settings;
  private volatile ClientRegistration registration;

  LazyRegistration(OidcSettings settings) {
    this.settings = settings;
  }

  @Override
  public ClientRegistration findByRegistrationId(String registrationId) {
    if (!ID.equals(registrationId)) {
      return null;
    }
    ClientRegistration known = registration;
    if (known == null) {
      synchronized (this) {
        if (registration == null) {
          registration =
              ClientRegistrations.fromIssuerLocation(settings.issuer())
                  .registrationId(ID)
                  .clientId(settings.clientId())
                  .clientSecret(settings.clientSecret())
                  .scope(
                      Arrays.stream(("openid," + settings.scopes()).split(","))
                          .map(String::strip)
                          .filter(s -> !s.isEmpty())
                          .distinct()
                          .toList())
                  .redirectUri("{baseUrl}/rights/signin/oidc/callback/{registrationId}")
                  .build();
        }
        known = registration;
      }
    }
    return known;
  }
}
