package no.vern.inventory.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Where each path of a YAML document starts, so a problem reported by path ({@code
 * activities[3].retention.period}) can be shown next to its line. A path that is not in the text (a
 * missing field) falls back to its nearest parent; the whole document is line 1.
 */
public final class YamlLines {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final Pattern SYNTAX_LINE = Pattern.compile("\\(line (\\d+), column");

  private final Map<String, Integer> lines;

  private YamlLines(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** Reads as far as the text is YAML; a syntax error ends the map where it is. */
  public static YamlLines of(String text) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = YAML.createParser(text == null ? "" : text)) {
      while (parser.nextToken() != null) {
        int line = parser.currentTokenLocation().getLineNr();
        if (line > 0) {
          lines.putIfAbsent(ParserPaths.of(parser), line);
        }
      }
    } catch (JacksonException broken) {
      // What was read so far still places the problems before the break.
    }
    return new YamlLines(lines);
  }

  /**
   * The line of {@code path} or of its nearest parent in the text; for the whole document the line
   * named in a syntax error's {@code message}, else 1.
   */
  public int line(String path, String message) {
    for (String at = path; !at.isEmpty(); at = parent(at)) {
      Integer line = lines.get(at);
      if (line != null) {
        return line;
      }
    }
    Matcher syntax = SYNTAX_LINE.matcher(message == null ? "" : message);
    return syntax.find() ? Integer.parseInt(syntax.group(1)) : 1;
  }

  static String parent(String path) {
    int dot = path.lastIndexOf('.');
    int bracket = path.lastIndexOf('[');
    int cut = Math.max(dot, bracket);
    return cut <= 0 ? "" : path.substring(0, cut);
  }
}
