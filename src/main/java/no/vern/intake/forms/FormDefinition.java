package no.vern.intake.forms;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import no.vern.inventory.Activity;
import no.vern.inventory.Form;
import no.vern.inventory.FormField;
import no.vern.inventory.FormOption;
import no.vern.inventory.Text;
import org.jspecify.annotations.Nullable;

/**
 * A form as a page on another site draws it ({@code GET /public/forms/{id}}): every text in both
 * languages, the activity's purpose and where the privacy notice is (Art. 13), the honeypot's name,
 * and the texts of the embed script. Addresses are relative to Vern, which the embedding script
 * knows from its own address. {@code page} is the form on Vern's own page, for visitors of a site
 * that may not post; {@code originAllowed} says whether the page that asked (its {@code Origin})
 * may post the form, null when it sent no {@code Origin}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FormDefinition(
    String id,
    String kind,
    Text title,
    Text purpose,
    Integer minimumAge,
    String action,
    String honeypot,
    String privacyNotice,
    List<Field> fields,
    Map<String, Text> texts,
    String page,
    @Nullable Boolean originAllowed) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Field(
      String name,
      String type,
      boolean required,
      Integer maxLength,
      Text label,
      List<Option> options) {}

  record Option(String value, Text label) {}

  static FormDefinition of(
      Form form, Activity activity, Map<String, Text> texts, @Nullable Boolean originAllowed) {
    return new FormDefinition(
        form.id(),
        form.kind().code(),
        form.title(),
        activity.purpose(),
        form.minimumAge(),
        "/public/forms/" + form.id(),
        FormSubmission.HONEYPOT,
        "/privacy",
        form.fields().stream().map(FormDefinition::field).toList(),
        texts,
        "/public/forms/" + form.id() + "/page",
        originAllowed);
  }

  private static Field field(FormField field) {
    int max = field.effectiveMaxLength();
    return new Field(
        field.name(),
        field.type().code(),
        field.mandatory(),
        max > 0 ? max : null,
        field.label(),
        field.options().isEmpty()
            ? null
            : field.options().stream().map(FormDefinition::option).toList());
  }

  private static Option option(FormOption option) {
    return new Option(option.value(), option.label());
  }
}
