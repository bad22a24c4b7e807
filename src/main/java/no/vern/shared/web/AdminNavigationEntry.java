package no.vern.shared.web;

/**
 * One entry of the admin shell's navigation, contributed by the module that owns the page as a
 * bean; the shell collects them all and sorts them by {@code order}. Its label is the message
 * {@code nav.<id>} and its card text on the overview {@code nav.<id>.about}, in the module's
 * bundle.
 *
 * @param order position in the navigation, in the order a data protection officer works (steps of
 *     ten leave room for new modules)
 * @param built false for a module that is planned: the shell shows a page saying what it will hold
 */
public record AdminNavigationEntry(String id, String path, int order, boolean built) {

  public static AdminNavigationEntry page(String id, String path, int order) {
    return new AdminNavigationEntry(id, path, order, true);
  }

  public static AdminNavigationEntry planned(String id, int order) {
    return new AdminNavigationEntry(id, "/admin/modules/" + id, order, false);
  }

  public String messageKey() {
    return "nav." + id;
  }
}
