package no.vern.dsr.access;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the fields of a record that may hold data about someone else (Art. 15(4)): a co-debtor, a
 * guarantor, a spouse, named by the field; and free text that did not come from the person, since a
 * client's or a case handler's note may name anyone. The person's own free text is theirs to have
 * back. Answers field names only, never values. A heuristic: it flags for a case handler to look,
 * and decides nothing itself.
 */
final class OtherPeople {

  /** Field names (lower case, letters only) that name another person, in English and Bokmål. */
  private static final Set<String> NAMES =
      Set.of(
          "codebtor",
          "medskyldner",
          "guarantor",
          "kausjonist",
          "spouse",
          "ektefelle",
          "samboer",
          "cohabitant",
          "thirdparty",
          "tredjepart",
          "otherperson",
          "relative",
          "parent",
          "child",
          "guardian",
          "verge",
          "witness",
          "vitne",
          "heir",
          "arving");

  /** The sources that are not the person (inventory source kinds, and channels spelt the same). */
  private static final Set<String> NOT_THE_PERSON =
      Set.of("third-party", "public-register", "public-source");

  private static final int FREE_TEXT_WORDS = 6;

  private OtherPeople() {}

  /** The flagged field paths of the record's data, in the data's order; empty when none. */
  static List<String> mentionedIn(Map<String, Object> data, String source) {
    boolean fromOthers = source != null && NOT_THE_PERSON.contains(source);
    List<String> found = new ArrayList<>();
    walk("", data, fromOthers, found);
    return found;
  }

  private static void walk(String path, Object value, boolean fromOthers, List<String> found) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        String at = path.isEmpty() ? key : path + "." + key;
        if (namesSomeoneElse(key)) {
          found.add(at);
        } else {
          walk(at, e.getValue(), fromOthers, found);
        }
      }
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        walk(path, item, fromOthers, found);
      }
    } else if (value instanceof String text && fromOthers && words(text) >= FREE_TEXT_WORDS) {
      if (!found.contains(path)) {
        found.add(path);
      }
    }
  }

  static boolean namesSomeoneElse(String key) {
    String letters =
        Normalizer.normalize(key, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-zæøå]", "");
    return NAMES.stream().anyMatch(letters::contains);
  }

  private static int words(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }
}
