package no.vern.policy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.vern.inventory.Inventory;
import no.vern.inventory.NoticePreview;
import no.vern.policy.domain.NoticeBuilder;
import no.vern.policy.domain.NoticeDiff;
import org.springframework.stereotype.Component;

/**
 * The notice a draft inventory would publish, for the draft page: built and rendered as {@link
 * PrivacyNotices#publish} would (same builder, same template), and compared line by line with the
 * notice in force as {@code /privacy/diff} compares two versions. Stores nothing.
 */
@Component
class DraftNoticePreview implements NoticePreview {

  /** Unchanged lines kept around each change, as the public diff page does. */
  private static final int CONTEXT = 2;

  private final NoticeStore store;
  private final NoticeRenderer renderer;
  private final Clock clock;

  DraftNoticePreview(NoticeStore store, NoticeRenderer renderer, Clock clock) {
    this.store = store;
    this.renderer = renderer;
    this.clock = clock;
  }

  @Override
  public List<Language> preview(Inventory draft) {
    NoticeContent content = NoticeContent.of(draft);
    Optional<PublishedNotice> latest = store.latest();
    Optional<NoticeContent> inForce =
        latest.flatMap(p -> store.content(p.version())).map(NoticeContent::parse);
    // The number it would get; shown in the preview's "version" line, never stored.
    var next =
        new PublishedNotice(
            latest.map(PublishedNotice::version).orElse(0) + 1,
            0,
            clock.instant(),
            content.sha256());
    List<Language> languages = new ArrayList<>();
    for (String language : NoticeBuilder.LANGUAGES) {
      List<String> before = inForce.map(c -> c.in(language).lines()).orElse(List.of());
      List<String> after = content.in(language).lines();
      var diff =
          NoticeDiff.condensed(NoticeDiff.between(before, after), CONTEXT).stream()
              .map(line -> new DiffLine(line.change().name().toLowerCase(), line.text()))
              .toList();
      languages.add(
          new Language(language, renderer.renderEmbedded(content.in(language), next), diff));
    }
    return languages;
  }
}
