package no.vern.intake.domain.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The labelled texts in {@code screening/labelled.tsv}: language, expected categories, text. */
record LabelledSet(List<LabelledSet.Example> examples) {

  record Example(int line, String language, Set<Category> expected, String text) {}

  static LabelledSet load() throws IOException {
    var in = LabelledSet.class.getClassLoader().getResourceAsStream("screening/labelled.tsv");
    Objects.requireNonNull(in, "screening/labelled.tsv");
    List<Example> examples = new ArrayList<>();
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String row;
      int line = 0;
      while ((row = reader.readLine()) != null) {
        line++;
        if (row.isBlank() || row.startsWith("#")) {
          continue;
        }
        String[] columns = row.split("\t", 3);
        if (columns.length != 3) {
          throw new IllegalStateException("labelled.tsv line " + line + " needs three columns");
        }
        examples.add(new Example(line, columns[0], categories(columns[1]), columns[2]));
      }
    }
    return new LabelledSet(examples);
  }

  private static Set<Category> categories(String column) {
    Set<Category> set = EnumSet.noneOf(Category.class);
    if (!column.equals("-")) {
      Arrays.stream(column.split(",")).map(String::strip).map(Category::valueOf).forEach(set::add);
    }
    return set;
  }
}
