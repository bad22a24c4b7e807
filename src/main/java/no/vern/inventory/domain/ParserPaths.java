package no.vern.inventory.domain;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/** Turns the parser's position into the path a person reads: {@code activities[3].retention}. */
final class ParserPaths {

  private ParserPaths() {}

  static String of(JsonParser parser) {
    TokenStreamContext context = parser.streamReadContext();
    JsonToken token = parser.currentToken();
    // On a start token the parser has already entered the new container; the value's own
    // path is where that container sits in its parent.
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      context = context.getParent();
    }
    StringBuilder path = new StringBuilder();
    for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inArray()) {
        path.insert(0, "[" + Math.max(0, at.getCurrentIndex()) + "]");
      } else if (at.currentName() != null) {
        path.insert(0, "." + at.currentName());
      }
    }
    return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
  }
}
