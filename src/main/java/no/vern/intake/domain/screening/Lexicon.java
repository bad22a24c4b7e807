package no.vern.intake.domain.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The words and phrases of every lexical category, from {@code screening/<lang>/<category>.txt} on
 * the class path. All languages are applied to every text: people mix Bokmål and English in one
 * message, and the two vocabularies barely overlap.
 */
public final class Lexicon {

  public static final List<String> BUNDLED_LANGUAGES = List.of("nb", "en");

  private final List<LexiconEntry> entries;

  Lexicon(List<LexiconEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The lexicons shipped with Vern, for Bokmål and English. */
  public static Lexicon bundled() {
    return load(Lexicon.class.getClassLoader(), BUNDLED_LANGUAGES);
  }

  /** Loads {@code screening/<lang>/<category>.txt} for each language; a missing file is empty. */
  public static Lexicon load(ClassLoader loader, List<String> languages) {
    List<LexiconEntry> entries = new ArrayList<>();
    for (String language : languages) {
      for (Category category : Category.values()) {
        if (category.isLexical()) {
          String source = language + "/" + category.lexiconName();
          String resource = "screening/" + source + ".txt";
          try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in != null) {
              read(in, category, source, entries);
            }
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
          }
        }
      }
    }
    return new Lexicon(entries);
  }

  private static void read(
      InputStream in, Category category, String source, List<LexiconEntry> entries)
      throws IOException {
    var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      LexiconParser.parse(category, source, line).ifPresent(entries::add);
    }
  }

  List<LexiconEntry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }
}
