package no.vern.shared.web;

/**
 * One entry of the admin shell's navigation, contributed by the module that owns the page as a
 * bean; the shell collects them all, groups them by {@link Group} and sorts them by {@code order}.
 * Its label is the message {@code nav.<id>} and its card text on the overview {@code
 * nav.<id>.about}, in the module's bundle. A module names its group: {@code page("consent",
 * "/admin/consent", 50).in(Group.CONSENT)}.
 *
 * @param order position in the navigation, in the order a data protection officer works (steps of
 *     ten leave room for new modules)
 * @param built false for a module that is planned: it stays out of the navigation until it exists,
 *     and its address shows a page saying what it will hold
 * @param group the heading it is listed under; {@link Group#OTHER} until its module names one
 */
public record AdminNavigationEntry(String id, String path, int order, boolean built, Group group) {

  /** The navigation's headings, in the order they are shown. */
  public enum Group {
    /** The overview, above every group. */
    HOME,
    /** People and the records about them: the subject registry, intake, retention. */
    RECORDS,
    /** Consent, newsletters and cookies. */
    CONSENT,
    /** Requests from data subjects and the tasks they give connected systems. */
    REQUESTS,
    /** What must be on record: inventory, privacy notice, disclosures, breaches, audit trail. */
    REGISTERS,
    /** Users, tokens and the machinery: mail, scheduled tasks, reactions. */
    SETTINGS,
    /** An entry whose module has not named a group yet: shown last, so it is never lost. */
    OTHER;

    public String messageKey() {
      return "nav.group." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static AdminNavigationEntry page(String id, String path, int order) {
    return new AdminNavigationEntry(id, path, order, true, Group.OTHER);
  }

  public static AdminNavigationEntry planned(String id, int order) {
    return new AdminNavigationEntry(id, "/admin/modules/" + id, order, false, Group.OTHER);
  }

  /** The same entry under this heading. */
  public AdminNavigationEntry in(Group heading) {
    return new AdminNavigationEntry(id, path, order, built, heading);
  }

  public String messageKey() {
    return "nav." + id;
  }
}
