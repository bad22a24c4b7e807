package no.vern.cookie.scan;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored {@code pages} column read back as the JSON output's list of pages. */
final class ScanPages {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ScanPages() {}

  static List<Map<String, Object>> parse(@Nullable String json) {
    if (json == null) {
      return List.of();
    }
    return JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() {});
  }
}
