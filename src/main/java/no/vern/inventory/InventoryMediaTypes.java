package no.vern.inventory;

import java.util.List;
import java.util.Locale;
import no.vern.inventory.InventoryDocuments.Format;
import org.springframework.http.MediaType;

/** The media types of the inventory document and how a request picks one. */
final class InventoryMediaTypes {

  static final String YAML = "application/yaml";
  static final List<String> YAML_TYPES = List.of(YAML, "application/x-yaml", "text/yaml");
  static final MediaType YAML_UTF8 = MediaType.parseMediaType(YAML + ";charset=UTF-8");
  static final MediaType CSV_UTF8 = MediaType.parseMediaType("text/csv;charset=UTF-8");
  static final MediaType JSON_LD = MediaType.parseMediaType(RecordOfProcessingJsonLd.MEDIA_TYPE);

  private InventoryMediaTypes() {}

  /** YAML when the Accept header names a YAML type before any JSON type; JSON otherwise. */
  static Format accepted(String accept) {
    if (accept == null) {
      return Format.JSON;
    }
    for (String part : accept.toLowerCase(Locale.ROOT).split(",")) {
      String type = part.split(";")[0].trim();
      if (YAML_TYPES.contains(type)) {
        return Format.YAML;
      }
      if (type.contains("json")) {
        return Format.JSON;
      }
    }
    return Format.JSON;
  }

  static MediaType of(Format format) {
    return format == Format.YAML ? YAML_UTF8 : MediaType.APPLICATION_JSON;
  }

  /** Whether a request's Accept header asks for CSV before JSON-LD or JSON. */
  static boolean wantsCsv(String accept) {
    if (accept == null) {
      return false;
    }
    for (String part : accept.toLowerCase(Locale.ROOT).split(",")) {
      String type = part.split(";")[0].trim();
      if (type.equals("text/csv")) {
        return true;
      }
      if (type.contains("json")) {
        return false;
      }
    }
    return false;
  }
}
