package no.vern.policy;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.vern.policy.domain.Notice;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Renders a version's notice to HTML once, at publication: what is stored is what a reader of that
 * version sees, whatever later releases do to the templates.
 */
@Component
class NoticeRenderer {

  private static final Pattern HEADING = Pattern.compile("<(/?)h([1-4])\\b");
  private static final Pattern REFERENCE = Pattern.compile("(id|aria-labelledby)=\"|href=\"#");

  private final SpringTemplateEngine engine;

  NoticeRenderer(SpringTemplateEngine engine) {
    this.engine = engine;
  }

  String render(Notice notice, PublishedNotice published) {
    Context context = context(notice, published);
    // Stored for good: it links the stylesheet by the path every release keeps, not by a hash.
    context.setVariable("stored", true);
    return engine.process("privacy/notice", context);
  }

  /**
   * The reading part of the same template (its {@code main}), to sit inside an admin page beside
   * the other language: a {@code div} instead of a second {@code main}, headings two levels down
   * under the page's own, and ids prefixed by the language so the two copies do not collide.
   */
  String renderEmbedded(Notice notice, PublishedNotice published) {
    String main =
        engine.process(
            new TemplateSpec("privacy/notice", Set.of("main"), TemplateMode.HTML, null),
            context(notice, published));
    return embedded(main, notice.language());
  }

  /**
   * The rendered {@code main} made fit to sit in an admin page, as {@link #renderEmbedded} says.
   */
  static String embedded(String main, String language) {
    String prefix = "preview-" + language + "-";
    String div =
        main.replaceFirst("<main\\b", "<div").replaceFirst("</main>(?![\\s\\S]*</main>)", "</div>");
    Matcher headings = HEADING.matcher(div);
    StringBuilder moved = new StringBuilder();
    while (headings.find()) {
      int level = Integer.parseInt(headings.group(2)) + 2;
      headings.appendReplacement(moved, "<" + headings.group(1) + "h" + level);
    }
    headings.appendTail(moved);
    Matcher references = REFERENCE.matcher(moved);
    StringBuilder prefixed = new StringBuilder();
    while (references.find()) {
      references.appendReplacement(prefixed, Matcher.quoteReplacement(references.group() + prefix));
    }
    references.appendTail(prefixed);
    return prefixed.toString();
  }

  private static Context context(Notice notice, PublishedNotice published) {
    Context context = new Context(NoticePage.locale(notice.language()));
    String self = "/privacy/versions/" + published.version();
    context.setVariables(NoticePage.model(notice, published, self, null));
    return context;
  }
}
