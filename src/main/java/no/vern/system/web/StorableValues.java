package no.vern.system.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import no.vern.shared.time.StorableDates;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses, while a JSON body is read, the values PostgreSQL cannot store: text holding NUL (U+0000;
 * PostgreSQL refuses it in {@code text} and {@code jsonb}) and dates outside {@link StorableDates}.
 * Both ended as a 500 at the insert; here they become a 400 that names the field, for every body of
 * every module, before anything is stored. Registered with Boot's JSON mapper as a bean.
 */
final class StorableValues extends SimpleModule {

  private static final Set<Class<?>> DATES =
      Set.of(
          Instant.class,
          OffsetDateTime.class,
          ZonedDateTime.class,
          LocalDate.class,
          LocalDateTime.class);

  StorableValues() {
    super("vern-storable-values");
    setDeserializerModifier(new Checks());
  }

  /** A value refused with a stable code; the path to it is added by Jackson as it unwinds. */
  static final class Refused extends MismatchedInputException {
    final String code;
    final String reason;

    Refused(JsonParser parser, String code, String reason) {
      super(parser, reason);
      this.code = code;
      this.reason = reason;
    }
  }

  private static final class Checks extends ValueDeserializerModifier {
    @Override
    public ValueDeserializer<?> modifyDeserializer(
        DeserializationConfig config,
        BeanDescription.Supplier description,
        ValueDeserializer<?> deserializer) {
      Class<?> type = description.getBeanClass();
      return type == String.class || DATES.contains(type)
          ? new Checked(deserializer)
          : deserializer;
    }

    @Override
    public KeyDeserializer modifyKeyDeserializer(
        DeserializationConfig config, JavaType type, KeyDeserializer deserializer) {
      if (type.getRawClass() != String.class) {
        return deserializer;
      }
      return new KeyDeserializer() {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
          Object value = deserializer.deserializeKey(key, context);
          check(context.getParser(), value);
          return value;
        }
      };
    }
  }

  private static final class Checked extends DelegatingDeserializer {
    Checked(ValueDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new Checked(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      Object value = super.deserialize(parser, context);
      check(parser, value);
      return value;
    }
  }

  static void check(JsonParser parser, Object value) {
    if (value instanceof String text && text.indexOf('\0') >= 0) {
      throw new Refused(parser, "control-character", "Must not hold the NUL character (U+0000).");
    }
    if (!storable(value)) {
      throw new Refused(parser, "range", StorableDates.RULE);
    }
  }

  private static boolean storable(Object value) {
    if (value instanceof Instant i) {
      return StorableDates.holds(i);
    } else if (value instanceof OffsetDateTime o) {
      return StorableDates.holds(o.toInstant());
    } else if (value instanceof ZonedDateTime z) {
      return StorableDates.holds(z.toInstant());
    } else if (value instanceof LocalDateTime l) {
      return StorableDates.holds(l.toLocalDate());
    } else if (value instanceof LocalDate d) {
      return StorableDates.holds(d);
    }
    return true;
  }
}
