package no.vern.access;

/**
 * What a user or API token may do. Spring Security sees each as the authority {@code ROLE_<name>},
 * so {@code hasRole("DPO")} and {@code hasAnyRole("ADMIN", "AUDITOR")} work as usual. Stored by
 * name: never rename a constant.
 */
public enum Role {
  ADMIN,
  DPO,
  CASE_HANDLER,
  MARKETING,
  AUDITOR,
  INTEGRATOR;

  public String authority() {
    return "ROLE_" + name();
  }
}
