package no.vern.inventory;

import java.util.List;

/**
 * What publishing a draft would set off in a module that follows the inventory, said before it
 * happens: consent purposes that change materially, people asked to renew, retention rules that
 * move. Each module that reacts to {@link InventoryActivated} contributes its own, with its own
 * message keys, so the draft page holds no list of the modules.
 */
public interface PublishConsequences {

  /**
   * Nothing when the draft changes nothing for this module. Read-only: it must store nothing.
   * {@code language} ({@code nb} or {@code en}) is the reader's, for names taken from the draft.
   */
  List<Consequence> of(Inventory draft, String language);

  /**
   * One line of the preview: {@code message} a key of the contributing module's bundle, {@code
   * arguments} its parameters (numbers and codes, never personal data); {@code terms} message keys
   * shown as words after it (the reasons a purpose changed); {@code id} a stable name for the page
   * and tests ({@code consent-renewals}).
   */
  record Consequence(String id, String message, List<Object> arguments, List<String> terms) {

    public Consequence {
      arguments = List.copyOf(arguments);
      terms = List.copyOf(terms);
    }

    public Consequence(String id, String message, List<Object> arguments) {
      this(id, message, arguments, List.of());
    }

    public Object[] argumentArray() {
      return arguments.toArray();
    }
  }
}
