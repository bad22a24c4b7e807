package no.vern.mail;

import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * {@link MailTemplates} on two template engines of its own, one in TEXT mode for {@code .txt} and
 * one in HTML mode for {@code .html}, both reading messages from the application's bundles. Kept
 * apart from the web's engine so that a mail template is never resolved as a page or the reverse.
 */
@Component
class ThymeleafMailTemplates implements MailTemplates {

  private static final String PREFIX = "templates/mail/";
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

  private final MessageSource messages;
  private final SpringTemplateEngine text;
  private final SpringTemplateEngine html;

  ThymeleafMailTemplates(MessageSource messages) {
    this.messages = messages;
    this.text = engine(TemplateMode.TEXT, ".txt", messages);
    this.html = engine(TemplateMode.HTML, ".html", messages);
  }

  @Override
  public RenderedMail render(
      String name, Language language, Map<String, ?> variables, Object... subjectArguments) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("A mail template name is dotted, e.g. consent.welcome");
    }
    Context context = new Context(language.locale());
    variables.forEach(context::setVariable);
    String subject = messages.getMessage(name + ".subject", subjectArguments, language.locale());
    String body = text.process(name, context);
    String page = hasHtml(name) ? html.process(name, context) : null;
    return new RenderedMail(subject, body, page);
  }

  private static boolean hasHtml(String name) {
    return ThymeleafMailTemplates.class.getClassLoader().getResource(PREFIX + name + ".html")
        != null;
  }

  private static SpringTemplateEngine engine(
      TemplateMode mode, String suffix, MessageSource messages) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix(PREFIX);
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setTemplateEngineMessageSource(messages);
    return engine;
  }
}
