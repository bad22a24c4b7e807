package no.vern.system.security;

import java.util.Set;
import java.util.UUID;
import no.vern.access.Role;
import no.vern.shared.PrincipalNames;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A caller authenticated by an API token; its name is {@code token:<uuid>}. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

  private final String name;

  ApiTokenAuthentication(UUID tokenId, Set<Role> roles) {
    super(roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    this.name = PrincipalNames.token(tokenId);
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public Object getPrincipal() {
    return name;
  }

  @Override
  public String getName() {
    return name;
  }
}
