package no.vern.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import no.vern.inventory.Inventory;
import no.vern.policy.domain.Notice;
import no.vern.policy.domain.NoticeBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The structured notice in both languages, as stored in {@code privacy_notice.content}: {@code
 * {"nb": {...}, "en": {...}}}. Its SHA-256 decides whether a publication changes anything.
 */
record NoticeContent(Map<String, Notice> byLanguage) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static NoticeContent of(Inventory inventory) {
    Map<String, Notice> notices = new LinkedHashMap<>();
    NoticeBuilder.LANGUAGES.forEach(
        lang -> notices.put(lang, NoticeBuilder.build(inventory, lang)));
    return new NoticeContent(notices);
  }

  static NoticeContent parse(String json) {
    JsonNode root = JSON.readTree(json);
    Map<String, Notice> notices = new LinkedHashMap<>();
    NoticeBuilder.LANGUAGES.forEach(
        lang -> notices.put(lang, JSON.treeToValue(root.get(lang), Notice.class)));
    return new NoticeContent(notices);
  }

  static JsonNode tree(String json) {
    return JSON.readTree(json);
  }

  Notice in(String language) {
    return byLanguage.get(language);
  }

  String json() {
    return JSON.writeValueAsString(byLanguage);
  }

  String sha256() {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(json().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
