package no.vern.cookie.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.vern.inventory.Cookie;
import org.jspecify.annotations.Nullable;

/**
 * The inventory's {@code cookies:} as the scanner matches them: exact names first, then patterns
 * ending in {@code *} ({@code _ga_*}), the longest prefix winning. Vern's own consent cookie {@code
 * vern_consent} counts as a declared necessary cookie even when the inventory leaves it out, since
 * the banner sets it to remember the choice (the contract calls it necessary).
 */
public final class DeclaredCookies {

  /** The cookie banner.js keeps on the site to remember the choice. */
  public static final String CONSENT_COOKIE = "vern_consent";

  /** A declaration as written, with its category code ({@code necessary}, ...). */
  public record Declared(String name, String category, @Nullable String party) {

    boolean pattern() {
      return name.endsWith("*");
    }

    boolean matches(String observed) {
      return pattern()
          ? observed.startsWith(name.substring(0, name.length() - 1))
          : observed.equals(name);
    }

    public boolean necessary() {
      return "necessary".equals(category);
    }
  }

  private final List<Declared> exact;
  private final List<Declared> patterns;

  public DeclaredCookies(List<Declared> declared) {
    List<Declared> all = new ArrayList<>(declared);
    if (all.stream().noneMatch(d -> d.matches(CONSENT_COOKIE))) {
      all.add(new Declared(CONSENT_COOKIE, "necessary", "first-party"));
    }
    this.exact = all.stream().filter(d -> !d.pattern()).toList();
    this.patterns =
        all.stream()
            .filter(Declared::pattern)
            .sorted(Comparator.comparingInt((Declared d) -> d.name().length()).reversed())
            .toList();
  }

  /** From the inventory's model; a cookie without a category counts as not necessary. */
  public static DeclaredCookies of(List<Cookie> cookies) {
    return new DeclaredCookies(
        cookies.stream()
            .filter(c -> c.name() != null && !c.name().isBlank())
            .map(
                c ->
                    new Declared(
                        c.name().strip(),
                        c.category() == null ? "unknown" : c.category().code(),
                        c.party() == null ? null : c.party().code()))
            .toList());
  }

  /** The declaration covering this name, if any. */
  public Optional<Declared> match(String name) {
    for (Declared d : exact) {
      if (d.matches(name)) {
        return Optional.of(d);
      }
    }
    return patterns.stream().filter(d -> d.matches(name)).findFirst();
  }
}
