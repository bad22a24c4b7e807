package no.vern.inventory.domain;

import java.lang.reflect.RecordComponent;
import java.util.List;
import no.vern.inventory.Inventory;
import no.vern.inventory.Text;

/**
 * Every text must exist in Bokmål and English, wherever it sits. The document is walked by
 * reflection so that a text field added later is covered without touching this rule.
 */
final class BilingualTexts {

  private BilingualTexts() {}

  static void check(Inventory inventory, Problems problems) {
    walk(inventory, "", problems);
  }

  private static void walk(Object value, String path, Problems problems) {
    if (value instanceof Text text) {
      language(text.nb(), path, "nb", "Norwegian (Bokmål)", problems);
      language(text.en(), path, "en", "English", problems);
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", problems);
      }
    } else if (value instanceof Record record && inModel(record)) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        String child = path.isEmpty() ? component.getName() : path + "." + component.getName();
        walk(read(component, record), child, problems);
      }
    }
  }

  private static void language(
      String text, String path, String code, String language, Problems problems) {
    if (Problems.blank(text)) {
      problems.error(path + "." + code, "text-missing", "The " + language + " text is missing.");
    }
  }

  private static boolean inModel(Record record) {
    return record.getClass().getPackage() == Inventory.class.getPackage();
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + component.getName(), e);
    }
  }
}
