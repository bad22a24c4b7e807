package no.vern.cookie.scan;

import java.util.Locale;
import java.util.Set;

/**
 * First or third party, by domain: a cookie is the site's own when its domain is the host of a
 * scanned page, a parent domain of it ({@code .example.no} for {@code www.example.no}) or a
 * subdomain of it. No public-suffix list: a cookie on a sibling subdomain counts as third-party.
 */
public final class Parties {

  public static final String FIRST = "first-party";
  public static final String THIRD = "third-party";

  private Parties() {}

  public static String of(String domain, Set<String> siteHosts) {
    String d = domain.startsWith(".") ? domain.substring(1) : domain;
    d = d.toLowerCase(Locale.ROOT);
    for (String host : siteHosts) {
      String h = host.toLowerCase(Locale.ROOT);
      if (h.equals(d) || h.endsWith("." + d) || d.endsWith("." + h)) {
        return FIRST;
      }
    }
    return THIRD;
  }
}
