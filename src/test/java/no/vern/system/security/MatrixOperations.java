package no.vern.system.security;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The operations of the authorisation matrix: every operation in {@code /v3/api-docs} and every
 * admin route Spring MVC knows, each with a request that can be sent (path variables filled with
 * values that exist nowhere, a body of the type the operation takes).
 */
final class MatrixOperations {

  /** One operation; {@code path} is the template as written in the table. */
  record Operation(String zone, String method, String path, String url, String contentType) {

    String key() {
      return method + " " + path;
    }
  }

  private MatrixOperations() {}

  static List<Operation> fromApiDocs(JsonNode docs) {
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : fields(docs.get("paths"))) {
      for (Map.Entry<String, JsonNode> op : fields(path.getValue())) {
        JsonNode parameters = op.getValue().path("parameters");
        Map<String, String> samples = new TreeMap<>();
        for (JsonNode parameter : parameters) {
          if ("path".equals(parameter.path("in").asString())) {
            samples.put(parameter.get("name").asString(), sample(parameter.path("schema")));
          }
        }
        String contentType = null;
        for (Map.Entry<String, JsonNode> media :
            fields(op.getValue().path("requestBody").path("content"))) {
          contentType = media.getKey();
          break;
        }
        String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
        operations.add(
            new Operation("api", method, path.getKey(), fill(path.getKey(), samples), contentType));
      }
    }
    return operations;
  }

  static List<Operation> adminRoutes(RequestMappingHandlerMapping mapping) {
    Map<String, Operation> operations = new LinkedHashMap<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mapping.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = entry.getKey();
      Map<String, String> samples = pathSamples(entry.getValue());
      List<String> methods =
          info.getMethodsCondition().getMethods().isEmpty()
              ? List.of("GET")
              : info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).toList();
      String contentType =
          info.getConsumesCondition().getConsumableMediaTypes().stream()
              .findFirst()
              .map(MediaType::toString)
              .orElse(
                  methods.contains("POST") ? MediaType.APPLICATION_FORM_URLENCODED_VALUE : null);
      for (String pattern : info.getPatternValues()) {
        if (!pattern.equals("/admin") && !pattern.startsWith("/admin/")) {
          continue;
        }
        for (String method : methods) {
          Operation op =
              new Operation("admin", method, pattern, fill(pattern, samples), contentType);
          operations.putIfAbsent(op.key(), op);
        }
      }
    }
    return new ArrayList<>(operations.values());
  }

  private static Map<String, String> pathSamples(HandlerMethod handler) {
    Map<String, String> samples = new TreeMap<>();
    Method method = handler.getMethod();
    for (int i = 0; i < method.getParameterCount(); i++) {
      MethodParameter parameter = new MethodParameter(method, i);
      PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
      if (variable != null) {
        String name = !variable.value().isEmpty() ? variable.value() : variable.name();
        if (name.isEmpty()) {
          name = method.getParameters()[i].getName();
        }
        Class<?> type = parameter.getParameterType();
        samples.put(name, type == UUID.class ? UUID.randomUUID().toString() : numberOr(type));
      }
    }
    return samples;
  }

  private static String numberOr(Class<?> type) {
    return type == int.class || type == long.class || Number.class.isAssignableFrom(type)
        ? "999999"
        : "matrix-nothing";
  }

  private static String sample(JsonNode schema) {
    String type = schema.path("type").asString();
    if ("uuid".equals(schema.path("format").asString())) {
      return UUID.randomUUID().toString();
    }
    return "integer".equals(type) || "number".equals(type) ? "999999" : "matrix-nothing";
  }

  private static String fill(String template, Map<String, String> samples) {
    String url = template;
    for (Map.Entry<String, String> sample : samples.entrySet()) {
      url = url.replace("{" + sample.getKey() + "}", sample.getValue());
    }
    // A variable the docs do not describe still gets a value, so the route is reached.
    return url.replaceAll("\\{[^}]+}", "matrix-nothing");
  }

  private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    return () -> {
      Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
      return it;
    };
  }
}
