package no.vern.inventory.domain;

import static no.vern.inventory.domain.Problems.at;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Finds fields the model does not know by walking the document tree alongside the record types.
 * Jackson reports unknown fields of records only after buffering them, when the parser can no
 * longer tell where they were; the tree still can.
 */
final class UnknownFields {

  private UnknownFields() {}

  static void check(JsonNode node, Class<?> type, String path, Problems problems) {
    if (!type.isRecord() || !node.isObject()) {
      return;
    }
    Map<String, RecordComponent> components =
        Arrays.stream(type.getRecordComponents())
            .collect(java.util.stream.Collectors.toMap(RecordComponent::getName, c -> c));
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      String child = path.isEmpty() ? name : path + "." + name;
      RecordComponent component = components.get(name);
      if (component == null) {
        String allowed = String.join(", ", components.keySet().stream().sorted().toList());
        problems.error(
            child,
            "unknown-field",
            "Unknown field '" + name + "'. Check the spelling; allowed here: " + allowed + ".");
      } else if (List.class.isAssignableFrom(component.getType())) {
        Class<?> element = elementType(component.getGenericType());
        JsonNode list = field.getValue();
        for (int i = 0; list.isArray() && i < list.size(); i++) {
          check(list.get(i), element, at(child, i), problems);
        }
      } else {
        check(field.getValue(), component.getType(), child, problems);
      }
    }
  }

  private static Class<?> elementType(Type listType) {
    if (listType instanceof ParameterizedType parameterized
        && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
      return element;
    }
    return Object.class;
  }
}
