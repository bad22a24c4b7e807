package no.vern.inventory;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * One field of a {@link Form}. E-mail and phone fields identify the person (they become the
 * subject's identifiers); every other field is data of the record. {@code maxLength} counts
 * characters; without it a type's default applies. {@code options} belong to choice fields only.
 */
public record FormField(
    String name,
    Type type,
    Boolean required,
    Integer maxLength,
    Text label,
    List<FormOption> options) {

  public FormField {
    options = ModelLists.copy(options);
  }

  /** Whether the field must be filled in ({@code required} left out means no). */
  public boolean mandatory() {
    return Boolean.TRUE.equals(required);
  }

  /** The stated maximum, or the type's default; 0 for types without a length. */
  public int effectiveMaxLength() {
    return maxLength != null ? maxLength : type == null ? 0 : type.defaultMaxLength();
  }

  /** The field types; e-mail and phone are identifiers, text and textarea are screened. */
  public enum Type {
    EMAIL("email", 254),
    PHONE("phone", 30),
    TEXT("text", 200),
    TEXTAREA("textarea", 5000),
    DATE("date", 0),
    NUMBER("number", 30),
    CHOICE("choice", 0),
    CHECKBOX("checkbox", 0);

    private final String code;
    private final int defaultMaxLength;

    Type(String code, int defaultMaxLength) {
      this.code = code;
      this.defaultMaxLength = defaultMaxLength;
    }

    @JsonValue
    public String code() {
      return code;
    }

    /** 0 when a length means nothing for the type (a date, a choice, a tick). */
    public int defaultMaxLength() {
      return defaultMaxLength;
    }

    public boolean identifier() {
      return this == EMAIL || this == PHONE;
    }

    /** Free text a person writes, which screening reads before it is stored. */
    public boolean freeText() {
      return this == TEXT || this == TEXTAREA;
    }
  }
}
