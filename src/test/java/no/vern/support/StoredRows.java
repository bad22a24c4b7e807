package no.vern.support;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The keys of every row in some tables, to show that a refused request stored nothing.
 *
 * <p>Counting rows before and after is not enough here: the test context is shared, and another
 * class's late reaction (an unsubscribe's erasure, a sweep) may remove an unrelated person between
 * the two readings, so a count can fall while the request under test added a row. Comparing keys
 * sees only what was added. Each reading first lets the reactions settle.
 *
 * <p>A table is named alone when its key is {@code id}, or as {@code table:expression} otherwise,
 * e.g. {@code consent_state:subject_id || purpose || event_id} so that a changed state counts as
 * added too.
 */
public record StoredRows(Set<String> keys) {

  public static StoredRows of(JdbcClient jdbc, String... tables) {
    Reactions.settle();
    String union =
        List.of(tables).stream().map(StoredRows::select).collect(Collectors.joining(" UNION ALL "));
    return new StoredRows(Set.copyOf(jdbc.sql(union).query(String.class).list()));
  }

  /** The keys present now that were not present in {@code before}. */
  public Set<String> addedSince(StoredRows before) {
    Set<String> added = new HashSet<>(keys);
    added.removeAll(before.keys);
    return added;
  }

  private static String select(String table) {
    int colon = table.indexOf(':');
    String name = colon < 0 ? table : table.substring(0, colon);
    String key = colon < 0 ? "id" : table.substring(colon + 1);
    return "SELECT '" + name + ":' || (" + key + ")::text FROM " + name;
  }
}
