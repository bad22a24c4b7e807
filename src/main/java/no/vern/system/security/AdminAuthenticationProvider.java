package no.vern.system.security;

import no.vern.access.Credentials;
import no.vern.access.LoginResult;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Form login against the access module, which applies lockout and audits every attempt. */
final class AdminAuthenticationProvider implements AuthenticationProvider {

  private final Credentials credentials;

  AdminAuthenticationProvider(Credentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String username = attempt.getName();
    String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
    LoginResult result = credentials.login(username, password);
    if (result instanceof LoginResult.Succeeded ok) {
      return UsernamePasswordAuthenticationToken.authenticated(
          new AdminPrincipal(ok.userId(), ok.mustChangePassword()),
          null,
          ok.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }
    // A disabled account gets the same answer as a wrong password: nothing to learn from it.
    LoginResult.Reason reason = ((LoginResult.Rejected) result).reason();
    if (reason == LoginResult.Reason.LOCKED) {
      throw new LockedException("Account locked");
    }
    throw new BadCredentialsException("Bad credentials");
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
