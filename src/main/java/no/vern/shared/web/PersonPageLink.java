package no.vern.shared.web;

import java.util.Set;

/**
 * A link on a person's admin page ({@code /admin/subjects/{id}}) to what another module holds about
 * them: their consent history, the disclosures of them. Contributed as a bean by the module that
 * owns the page it links to, as navigation entries are; the person's page lists the links whose
 * {@link #roles()} the reader has, so a link never leads to a page that refuses them. The person
 * travels as the query parameter {@code subject} (an id, never a personal data value).
 *
 * @param id stable; the link's element id is {@code subject-<id>}
 * @param path the page, e.g. {@code /admin/consent}; the link is {@code path?subject=<id>}
 * @param labelKey the link's text, a message in the module's bundle
 * @param roles the roles (without {@code ROLE_}) of the linked controller's {@code @PreAuthorize}
 * @param order position among the links (steps of ten)
 */
public record PersonPageLink(
    String id, String path, String labelKey, Set<String> roles, int order) {

  public PersonPageLink {
    roles = Set.copyOf(roles);
  }

  /** Whether a reader with these authorities ({@code ROLE_X}) may follow the link. */
  public boolean openTo(java.util.Collection<String> authorities) {
    return authorities.stream().anyMatch(a -> roles.contains(a.replaceFirst("^ROLE_", "")));
  }
}
