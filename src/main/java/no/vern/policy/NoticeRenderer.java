package no.vern.policy;

import no.vern.policy.domain.Notice;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Renders a version's notice to HTML once, at publication: what is stored is what a reader of that
 * version sees, whatever later releases do to the templates.
 */
@Component
class NoticeRenderer {

  private final SpringTemplateEngine engine;

  NoticeRenderer(SpringTemplateEngine engine) {
    this.engine = engine;
  }

  String render(Notice notice, PublishedNotice published) {
    Context context = new Context(NoticePage.locale(notice.language()));
    String self = "/privacy/versions/" + published.version();
    context.setVariables(NoticePage.model(notice, published, self, null));
    // Stored for good: it links the stylesheet by the path every release keeps, not by a hash.
    context.setVariable("stored", true);
    return engine.process("privacy/notice", context);
  }
}
