package no.vern.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.vern.inventory.domain.InventoryCodec;

/**
 * Reads and writes inventory documents. {@link #parse} reports structural problems only (unknown
 * field, wrong type, bad enum value or period); {@link #read} adds every rule of {@link
 * InventoryValidator}, so one call tells a DPO everything to fix.
 */
public final class InventoryDocuments {

  private static final InventoryCodec YAML = InventoryCodec.yaml();
  private static final InventoryCodec JSON = InventoryCodec.json();

  private InventoryDocuments() {}

  public static ParseResult parse(String text, Format format) {
    return codec(format).read(text);
  }

  public static ParseResult read(String text, Format format) {
    ParseResult parsed = parse(text, format);
    if (parsed.inventory().isEmpty()) {
      return parsed;
    }
    List<Problem> problems = new ArrayList<>(parsed.problems());
    problems.addAll(InventoryValidator.validate(parsed.inventory().get()));
    return new ParseResult(parsed.inventory(), problems);
  }

  public static String write(Inventory inventory, Format format) {
    return codec(format).write(inventory);
  }

  private static InventoryCodec codec(Format format) {
    return format == Format.JSON ? JSON : YAML;
  }

  /** The two notations of the same document. */
  public enum Format {
    YAML,
    JSON;

    /** The format for a media type such as {@code application/yaml;charset=UTF-8}. */
    public static Format forMediaType(String mediaType) {
      String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
      return type.contains("json") ? JSON : YAML;
    }
  }
}
