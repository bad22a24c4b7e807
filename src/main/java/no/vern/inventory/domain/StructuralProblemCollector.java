package no.vern.inventory.domain;

import java.util.ArrayList;
import java.util.List;
import no.vern.inventory.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;

/**
 * Lets Jackson read on past a structural mistake: records it as a problem with its path, skips the
 * offending value and leaves the field empty. One run thus reports every misspelled field and bad
 * value instead of stopping at the first. One instance per document read.
 */
final class StructuralProblemCollector extends DeserializationProblemHandler {

  private final List<Problem> problems = new ArrayList<>();

  List<Problem> problems() {
    return List.copyOf(problems);
  }

  // Unknown fields are reported by UnknownFields, which still knows where they were.
  @Override
  public boolean handleUnknownProperty(
      DeserializationContext context,
      JsonParser parser,
      ValueDeserializer<?> deserializer,
      Object beanOrClass,
      String propertyName) {
    parser.skipChildren();
    return true;
  }

  @Override
  public Object handleWeirdStringValue(
      DeserializationContext context, Class<?> targetType, String value, String failureMsg) {
    report(
        context.getParser(),
        "invalid-value",
        "'" + value + "' is not valid here; expected " + ValueDescriptions.of(targetType) + ".");
    return null;
  }

  @Override
  public Object handleWeirdNumberValue(
      DeserializationContext context, Class<?> targetType, Number value, String failureMsg) {
    report(
        context.getParser(),
        "invalid-value",
        value + " is not valid here; expected " + ValueDescriptions.of(targetType) + ".");
    return null;
  }

  @Override
  public Object handleUnexpectedToken(
      DeserializationContext context,
      JavaType targetType,
      JsonToken token,
      JsonParser parser,
      String failureMsg) {
    return wrongType(parser, targetType.getRawClass(), token);
  }

  @Override
  public Object handleMissingInstantiator(
      DeserializationContext context,
      Class<?> instanceClass,
      ValueInstantiator instantiator,
      JsonParser parser,
      String msg) {
    return wrongType(parser, instanceClass, parser.currentToken());
  }

  @Override
  public Object handleInstantiationProblem(
      DeserializationContext context, Class<?> instanceClass, Object argument, Throwable t) {
    report(
        context.getParser(),
        "invalid-value",
        "This value cannot be used; expected " + ValueDescriptions.of(instanceClass) + ".");
    return null;
  }

  private Object wrongType(JsonParser parser, Class<?> expected, JsonToken found) {
    report(
        parser,
        "wrong-type",
        "Expected " + ValueDescriptions.of(expected) + " but found " + describe(found) + ".");
    parser.skipChildren();
    return null;
  }

  private void report(JsonParser parser, String code, String message) {
    problems.add(Problem.error(ParserPaths.of(parser), code, message));
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "a section with fields";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "a text";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "an empty value";
      default -> "something else";
    };
  }
}
