package no.vern.intake.forms;

import java.util.LinkedHashMap;
import java.util.Map;
import no.vern.inventory.Form;
import no.vern.inventory.Text;
import org.springframework.stereotype.Component;

/** The words the embed script puts around a form, in both languages, from the intake bundles. */
@Component
class FormTexts {

  private final FormMessages messages;

  FormTexts(FormMessages messages) {
    this.messages = messages;
  }

  Map<String, Text> of(Form form) {
    Map<String, Text> texts = new LinkedHashMap<>();
    texts.put("submit", both("intake.form.submit." + form.kind().code()));
    texts.put("sending", both("intake.form.sending"));
    texts.put("required", both("intake.form.required"));
    texts.put("privacy", both("intake.form.privacy"));
    texts.put("failed", both("intake.form.failed"));
    texts.put("unavailable", both("intake.form.unavailable"));
    texts.put("openPage", both("intake.form.openPage"));
    if (form.minimumAge() != null) {
      texts.put("minimumAge", both("intake.form.age", form.minimumAge()));
    }
    return texts;
  }

  private Text both(String key, Object... args) {
    return new Text(
        messages.text(key, Languages.BOKMAL, args), messages.text(key, Languages.ENGLISH, args));
  }
}
