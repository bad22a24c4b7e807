package no.vern.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A command of {@code java -jar vern.jar <module> <verb>}, such as {@code audit verify}. A module
 * adds one by writing a public class with a no-argument constructor that implements this; {@link
 * #matching} finds it, so the application's {@code main} names none of them.
 */
public interface CommandLineVerb {

  /** The words that select it, e.g. {@code ["audit", "verify"]}. */
  List<String> words();

  /** Runs with the whole command line (words first, then Spring settings); the exit status. */
  int run(Class<?> application, String[] args);

  /** The verb the command line starts with, if any; a plain start of the service has none. */
  static Optional<CommandLineVerb> matching(String[] args) {
    if (args.length == 0 || args[0].startsWith("-")) {
      return Optional.empty();
    }
    return Contributions.typesImplementing(CommandLineVerb.class).stream()
        .map(CommandLineVerb::instantiate)
        .filter(v -> startsWith(args, v.words()))
        .findFirst();
  }

  private static boolean startsWith(String[] args, List<String> words) {
    return args.length >= words.size()
        && Arrays.asList(args).subList(0, words.size()).equals(words);
  }

  private static CommandLineVerb instantiate(Class<? extends CommandLineVerb> type) {
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type + " needs a public no-argument constructor", e);
    }
  }
}
