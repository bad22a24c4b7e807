package no.vern.inventory.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import no.vern.inventory.Text;

/** Says in plain words what kind of value a field expects, for structural problem messages. */
final class ValueDescriptions {

  private ValueDescriptions() {}

  static String of(Class<?> type) {
    if (type == String.class) {
      return "a text";
    }
    if (type == Text.class) {
      return "a text in both languages (nb: and en:)";
    }
    if (type == Period.class) {
      return "an ISO-8601 period such as P3Y, P6M, P3Y6M or P0D";
    }
    if (type == LocalDate.class) {
      return "a date such as 2024-05-31";
    }
    if (type == Integer.class || type == int.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type.isEnum()) {
      return "one of: " + String.join(", ", codes(type));
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "a section with fields";
  }

  /** The codes an enum is written with, as its {@code @JsonValue} method gives them. */
  static java.util.List<String> codes(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants()).map(ValueDescriptions::code).toList();
  }

  private static String code(Object constant) {
    for (var method : constant.getClass().getMethods()) {
      if (method.isAnnotationPresent(JsonValue.class)) {
        try {
          return String.valueOf(method.invoke(constant));
        } catch (ReflectiveOperationException e) {
          break;
        }
      }
    }
    return ((Enum<?>) constant).name();
  }

  static String fieldList(Collection<Object> names) {
    return names.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }
}
