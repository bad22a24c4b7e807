package no.vern.inventory;

import java.util.List;

/**
 * The privacy notice a draft inventory would publish, shown on the draft page before anything
 * happens. Owned here, because the draft page is; implemented by the module that renders the notice
 * (policy), which depends on this one and not the other way round.
 */
public interface NoticePreview {

  /**
   * Per language (Bokmål first), the notice as it would read and its diff against the one in force.
   */
  List<Language> preview(Inventory draft);

  /**
   * {@code html} is the notice's reading content as {@code /privacy} renders it, fit to sit inside
   * an admin page (headings moved down, ids prefixed); {@code diff} is line by line, condensed.
   */
  record Language(String language, String html, List<DiffLine> diff) {

    public Language {
      diff = List.copyOf(diff);
    }

    public boolean changed() {
      return diff.stream().anyMatch(line -> line.added() || line.removed());
    }
  }

  /** {@code change} is {@code added}, {@code removed}, {@code unchanged} or {@code skipped}. */
  record DiffLine(String change, String text) {

    public boolean added() {
      return "added".equals(change);
    }

    public boolean removed() {
      return "removed".equals(change);
    }

    public boolean skipped() {
      return "skipped".equals(change);
    }
  }
}
