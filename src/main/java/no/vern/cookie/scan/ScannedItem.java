package no.vern.cookie.scan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One cookie or storage key over the whole scan, with what is wrong with it.
 *
 * @param declaredAs the inventory's name or pattern that covers it; null when undeclared
 * @param category the declared category; null when undeclared
 * @param passes the passes it was present in, in order
 * @param findings {@code undeclared}, {@code set-before-consent}, {@code survives-rejection}; empty
 *     when all is well
 */
public record ScannedItem(
    String kind,
    String name,
    String domain,
    String party,
    String lifetime,
    @Nullable String declaredAs,
    @Nullable String category,
    List<String> passes,
    List<String> findings) {

  public static final String UNDECLARED = "undeclared";
  public static final String SET_BEFORE_CONSENT = "set-before-consent";
  public static final String SURVIVES_REJECTION = "survives-rejection";

  public boolean declared() {
    return declaredAs != null;
  }
}
