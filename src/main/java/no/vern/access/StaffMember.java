package no.vern.access;

import java.util.Set;
import java.util.UUID;

/**
 * A staff member or an API token as other modules may show it in the admin area: its name (the
 * user's username, the token's name) and roles. Not for the public: a name of a colleague is
 * personal data of that colleague.
 */
public record StaffMember(UUID id, boolean token, String name, Set<Role> roles) {}
