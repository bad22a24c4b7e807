package no.vern.access;

import java.util.Optional;
import java.util.UUID;
import no.vern.shared.identifier.EmailAddress;
import no.vern.shared.identifier.Parsed;
import org.springframework.stereotype.Component;

/**
 * Where to mail a staff member (a case handler's reminder). Admin users have no address field: the
 * username is the address when it is one, as for the failed-login warning; otherwise empty.
 */
@Component
public class StaffAddresses {

  private final AdminUsers users;

  StaffAddresses(AdminUsers users) {
    this.users = users;
  }

  /** The enabled user's address, or empty when there is none to write to. */
  public Optional<EmailAddress> of(UUID userId) {
    return users
        .byId(userId)
        .filter(AdminUser::enabled)
        .flatMap(
            u ->
                EmailAddress.parse(u.username()) instanceof Parsed.Valid<EmailAddress> valid
                    ? Optional.of(valid.value())
                    : Optional.empty());
  }
}
