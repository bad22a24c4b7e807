package no.vern.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The public notice's page as rendered, kept per published version (by its content's hash),
 * language and whether the "changed" box shows. A published version never changes, and rendering
 * was most of the page's cost (70 % of its CPU in a profile, bench/README.md), paid again for every
 * visitor. A handful of pages are kept; a new version simply gets new keys, and the old ones fall
 * out.
 */
@Component
class RenderedNotices {

  /** Two languages, with and without the box, for the current and the previous version. */
  private static final int KEPT = 8;

  private final Map<String, String> pages =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > KEPT;
        }
      };

  static String key(PublishedNotice notice, String language, boolean changedBox) {
    return notice.version()
        + ":"
        + notice.contentSha256()
        + ":"
        + notice.publishedAt()
        + ":"
        + language
        + ":"
        + changedBox;
  }

  synchronized Optional<String> get(String key) {
    return Optional.ofNullable(pages.get(key));
  }

  synchronized void put(String key, String html) {
    pages.put(key, html);
  }
}
