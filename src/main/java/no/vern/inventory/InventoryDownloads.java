package no.vern.inventory;

import java.util.Optional;
import no.vern.inventory.InventoryDocuments.Format;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The representations the API and the admin page both serve: the document of a version in YAML or
 * JSON, and the record of processing in CSV or JSON-LD, with the version in a header.
 */
final class InventoryDownloads {

  static final String VERSION_HEADER = "Vern-Inventory-Version";

  private InventoryDownloads() {}

  static ResponseEntity<String> document(InventoryVersion version, Format format, boolean attach) {
    var response =
        ResponseEntity.ok()
            .contentType(InventoryMediaTypes.of(format))
            .header(VERSION_HEADER, "" + version.number())
            // Weak: the YAML and the JSON are the same document, hashed in its canonical YAML.
            .eTag("W/\"" + version.sha256() + "\"");
    if (attach) {
      String ext = format == Format.YAML ? "yaml" : "json";
      response.header(HttpHeaders.CONTENT_DISPOSITION, attachment("inventory-v", version, ext));
    }
    return response.body(InventoryDocuments.write(version.inventory(), format));
  }

  static ResponseEntity<String> recordOfProcessing(
      InventoryVersion version, boolean csv, String language, boolean attach) {
    MediaType type = csv ? InventoryMediaTypes.CSV_UTF8 : InventoryMediaTypes.JSON_LD;
    String body =
        csv
            ? RecordOfProcessingCsv.write(version.inventory(), language)
            : RecordOfProcessingJsonLd.write(version.inventory());
    var response =
        ResponseEntity.ok().contentType(type).header(VERSION_HEADER, "" + version.number());
    if (attach || csv) {
      String ext = csv ? "csv" : "jsonld";
      response.header(
          HttpHeaders.CONTENT_DISPOSITION, attachment("record-of-processing-v", version, ext));
    }
    return response.body(body);
  }

  static String language(String lang) {
    return "nb".equals(Optional.ofNullable(lang).orElse("")) ? "nb" : "en";
  }

  private static String attachment(String prefix, InventoryVersion version, String ext) {
    return ContentDisposition.attachment()
        .filename(prefix + version.number() + "." + ext)
        .build()
        .toString();
  }
}
