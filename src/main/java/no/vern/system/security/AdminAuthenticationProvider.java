package no.vern.system.security;

import no.vern.access.Credentials;
import no.vern.access.LoginResult;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Form login against the access module, which throttles and audits every attempt. Every refusal
 * becomes the same exception, so the login form answers an unknown name, a wrong password, a
 * disabled account and a throttled attempt alike.
 */
final class AdminAuthenticationProvider implements AuthenticationProvider {

  private final Credentials credentials;

  AdminAuthenticationProvider(Credentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String username = attempt.getName();
    String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
    // Set by the admin chain's login form; an attempt from elsewhere counts as one unknown address.
    String address = attempt.getDetails() instanceof ClientAddress a ? a.value() : "";
    LoginResult result = credentials.login(username, password, address);
    if (result instanceof LoginResult.Succeeded ok) {
      return UsernamePasswordAuthenticationToken.authenticated(
          new AdminPrincipal(ok.userId(), ok.mustChangePassword()),
          null,
          ok.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }
    throw new BadCredentialsException("Bad credentials");
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
