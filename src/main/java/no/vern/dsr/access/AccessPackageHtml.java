package no.vern.dsr.access;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The package as a page in the person's language, whole (for the download) or as a fragment. */
@Component
public class AccessPackageHtml {

  private final ITemplateEngine templates;

  AccessPackageHtml(ITemplateEngine templates) {
    this.templates = templates;
  }

  public String render(AccessPackage p) {
    return templates.process(
        "dsr/access-package",
        new Context(Locale.forLanguageTag(p.language()), Map.of("p", p, "language", p.language())));
  }
}
