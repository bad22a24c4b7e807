package no.vern.system.web;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which paths are static files (the stylesheets, scripts, images and the favicon, from {@code
 * static/} and the webjars), and which of those carry the hash of their content that Spring's
 * {@code VersionResourceResolver} puts into every URL the templates write ({@code
 * /css/vern-0f3c...9a.css}).
 */
public final class StaticAssets {

  private static final List<String> PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/");
  private static final List<String> FILES = List.of("/favicon.ico", "/favicon.svg");

  // The content strategy appends "-" and the MD5 of the file in hex before the extension.
  private static final Pattern FINGERPRINTED = Pattern.compile("-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

  private StaticAssets() {}

  public static boolean isStatic(String path) {
    return FILES.contains(path) || PREFIXES.stream().anyMatch(path::startsWith);
  }

  static boolean isFingerprinted(String path) {
    return isStatic(path) && FINGERPRINTED.matcher(path).find();
  }
}
