package no.vern.inventory;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A public intake form (contact, newsletter sign-up, download, event registration, survey), tied to
 * the one processing activity that justifies what it collects: the activity gives the purpose,
 * legal basis and retention of every record the form stores. {@code screening} says what happens to
 * free text in which special categories or identifiers are found; left out, such text is refused.
 * {@code minimumAge} (consent-based activities only) refuses a {@link #BIRTH_DATE_FIELD} under that
 * age (Art. 8, personopplysningsloven § 5).
 */
public record Form(
    String id,
    Kind kind,
    String activity,
    Text title,
    Text confirmation,
    List<FormField> fields,
    Screening screening,
    Integer minimumAge) {

  /** The date field a form with {@code minimumAge} reads the person's age from. */
  public static final String BIRTH_DATE_FIELD = "birthDate";

  /**
   * Names a field may not have: {@code lang} chooses the answer's language and {@code website} is
   * the honeypot that only robots fill in (docs/forms.md).
   */
  public static final Set<String> RESERVED_FIELD_NAMES = Set.of("lang", "website", "consentId");

  public Form {
    fields = ModelLists.copy(fields);
  }

  /** The action that applies: the stated one, or refuse, so that nothing sensitive slips in. */
  public Screening effectiveScreening() {
    return screening == null ? Screening.REFUSE : screening;
  }

  public Optional<FormField> field(String name) {
    return fields.stream().filter(f -> name.equals(f.name())).findFirst();
  }

  /** The kinds of public channel (issue 4, item 3). */
  public enum Kind {
    CONTACT("contact"),
    NEWSLETTER("newsletter"),
    DOWNLOAD("download"),
    EVENT("event"),
    SURVEY("survey");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
    }
  }

  /** What the form does with free text in which screening found sensitive data. */
  public enum Screening {
    ACCEPT("accept"),
    FLAG("flag"),
    REDACT("redact"),
    REFUSE("refuse");

    private final String code;

    Screening(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
    }
  }
}
