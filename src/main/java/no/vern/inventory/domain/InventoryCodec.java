package no.vern.inventory.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.vern.inventory.Inventory;
import no.vern.inventory.ParseResult;
import no.vern.inventory.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes inventory documents with Jackson. Structural mistakes become problems (see
 * {@link StructuralProblemCollector}); only text that is not YAML or JSON at all yields no
 * inventory.
 */
public final class InventoryCodec {

  private final ObjectMapper mapper;

  private InventoryCodec(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public static InventoryCodec yaml() {
    return new InventoryCodec(
        YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .changeDefaultPropertyInclusion(InventoryCodec::leaveOutEmpty)
            .build());
  }

  public static InventoryCodec json() {
    return new InventoryCodec(
        JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(InventoryCodec::leaveOutEmpty)
            .build());
  }

  // Absent and empty are the same in the model, so the written document leaves both out.
  private static JsonInclude.Value leaveOutEmpty(JsonInclude.Value inclusion) {
    return inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY);
  }

  public ParseResult read(String text) {
    if (text == null || text.isBlank()) {
      return new ParseResult(
          Optional.empty(), List.of(Problem.error("", "empty", "The document is empty.")));
    }
    StructuralProblemCollector collector = new StructuralProblemCollector();
    try {
      JsonNode tree = mapper.readTree(text);
      Problems unknownFields = new Problems();
      UnknownFields.check(tree, Inventory.class, "", unknownFields);
      Inventory inventory =
          mapper.readerFor(Inventory.class).withHandler(collector).readValue(text);
      if (inventory == null) {
        return new ParseResult(
            Optional.empty(), List.of(Problem.error("", "empty", "The document is empty.")));
      }
      List<Problem> problems = new ArrayList<>(unknownFields.all());
      problems.addAll(collector.problems());
      return new ParseResult(Optional.of(inventory), problems);
    } catch (StreamReadException e) {
      // Problems found before the parser gave up are guesses about a broken text; only the
      // syntax error is reliable.
      return unreadable(List.of(), "syntax", "The document cannot be read: " + brief(e) + ".");
    } catch (JacksonException e) {
      return unreadable(
          collector.problems(), "unreadable", "The document cannot be read: " + brief(e) + ".");
    }
  }

  public String write(Inventory inventory) {
    return mapper.writeValueAsString(inventory);
  }

  private static ParseResult unreadable(List<Problem> before, String code, String message) {
    List<Problem> problems = new ArrayList<>(before);
    problems.add(Problem.error("", code, message));
    return new ParseResult(Optional.empty(), problems);
  }

  // Jackson's message carries a source excerpt on later lines; the first line and the
  // location are what a person can act on.
  private static String brief(JacksonException e) {
    String first = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
    var location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      return first + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
    return first;
  }
}
