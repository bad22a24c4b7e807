package no.vern.mail;

import java.util.Map;

/**
 * Renders a bilingual mail from two Thymeleaf templates, {@code templates/mail/<name>.txt} (text
 * mode) and {@code templates/mail/<name>.html} (HTML mode, escaped), with the language's locale, so
 * {@code #{...}} reads the caller module's own message bundle. The subject is the message {@code
 * <name>.subject}, formatted with {@code subjectArguments}. The HTML template is optional.
 *
 * <p>Names are dotted and start with the owning module, e.g. {@code consent.confirmation}: files
 * {@code templates/mail/consent.confirmation.txt|html}, subject key {@code
 * consent.confirmation.subject} in {@code i18n/consent*.properties}.
 */
public interface MailTemplates {

  RenderedMail render(
      String name, Language language, Map<String, ?> variables, Object... subjectArguments);
}
