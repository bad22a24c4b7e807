package no.vern.subject.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A person's name as the admin search finds it (issue 16). The name is the record's data item
 * {@value #DATA_KEY} (a form field, an import column or an API record's {@code data.name}), stored
 * encrypted with the rest; beside it Vern keeps a blind index of the normalised name, so a search
 * finds the records by exact name without any name stored in clear. Normalised: Unicode NFKC, lower
 * case, runs of spaces as one; accents and letters such as æ, ø and å stay as written, because they
 * tell names apart. A search therefore finds "Kari NORDMANN" as "kari nordmann", but not "Kari"
 * alone or "Nordmann, Kari": exact names only, which is what keeps the index from saying more about
 * anyone than the exact name searched.
 */
public final class PersonName {

  /** The data item that holds a person's name. */
  public static final String DATA_KEY = "name";

  /** Longer than any name; longer values are not names and get no index. */
  static final int MAX_LENGTH = 200;

  private PersonName() {}

  /** The normalised name, or empty when the text has no letter or is too long to be a name. */
  public static Optional<String> normalise(@Nullable String raw) {
    if (raw == null || raw.length() > MAX_LENGTH * 2) {
      return Optional.empty();
    }
    String folded =
        Normalizer.normalize(raw, Normalizer.Form.NFKC)
            .strip()
            .replaceAll("\\s+", " ")
            .toLowerCase(Locale.ROOT);
    if (folded.isEmpty()
        || folded.length() > MAX_LENGTH
        || folded.chars().noneMatch(Character::isLetter)) {
      return Optional.empty();
    }
    return Optional.of(folded);
  }

  /** The name in a record's data, normalised; empty when the record has none. */
  public static Optional<String> of(Map<String, ?> data) {
    return data.get(DATA_KEY) instanceof String name ? normalise(name) : Optional.empty();
  }

  /**
   * Whether a search value may be a name: a letter, and neither a digit nor {@code @} (those are
   * identifiers, whose recognition comes first).
   */
  public static boolean looksLikeName(@Nullable String raw) {
    return raw != null
        && raw.chars().anyMatch(Character::isLetter)
        && raw.chars().noneMatch(c -> Character.isDigit(c) || c == '@')
        && normalise(raw).isPresent();
  }
}
