package no.vern.cookie.scan;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.vern.inventory.Inventory;
import no.vern.inventory.InventoryDocuments;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ParseResult;
import no.vern.inventory.ProcessingInventory;
import no.vern.shared.CommandLineVerb;
import no.vern.shared.HeadlessVern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar vern.jar cookies scan <url>... [--json] [--inventory <file>]}: scans the pages
 * and prints a table or JSON. Exit status 0 clean, 1 findings, 2 failure (a page could not be read,
 * the browser would not start, bad arguments). With {@code --inventory} the declarations come from
 * that file and Vern does not start at all; without it Vern starts without a web server and reads
 * the active inventory from its database. Other {@code --name=value} arguments are Spring settings.
 */
public final class CookieScanCommand implements CommandLineVerb {

  @Override
  public List<String> words() {
    return List.of("cookies", "scan");
  }

  /** The command line, parsed. */
  record Arguments(
      List<String> urls, boolean json, @Nullable Path inventory, List<String> settings) {

    static Arguments parse(String[] args) {
      List<String> urls = new ArrayList<>();
      List<String> settings = new ArrayList<>();
      boolean json = false;
      Path inventory = null;
      for (int i = 2; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--json")) {
          json = true;
        } else if (arg.equals("--inventory")) {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException("--inventory needs a file");
          }
          inventory = Path.of(args[++i]);
        } else if (arg.startsWith("--inventory=")) {
          inventory = Path.of(arg.substring("--inventory=".length()));
        } else if (arg.startsWith("--")) {
          settings.add(arg);
        } else {
          urls.add(arg);
        }
      }
      return new Arguments(urls, json, inventory, settings);
    }
  }

  @Override
  public int run(Class<?> application, String[] args) {
    Arguments arguments;
    List<URI> urls;
    try {
      arguments = Arguments.parse(args);
      urls = ScanUrls.parse(arguments.urls());
    } catch (IllegalArgumentException e) {
      System.err.println("cookies scan: " + e.getMessage());
      System.err.println("usage: cookies scan <url>... [--json] [--inventory <file>]");
      return 2;
    }
    try {
      if (arguments.inventory() != null) {
        DeclaredCookies declared = DeclaredCookies.of(fromFile(arguments.inventory()).cookies());
        ScannerOptions options = ScannerOptions.defaults();
        return print(
            new ChromiumScanner(options, Clock.systemUTC()).scan(urls, declared),
            arguments.json(),
            System.out);
      }
      String[] spring = new String[arguments.settings().size() + 2];
      spring[0] = "cookies";
      spring[1] = "scan";
      for (int i = 0; i < arguments.settings().size(); i++) {
        spring[i + 2] = arguments.settings().get(i);
      }
      try (ConfigurableApplicationContext context = HeadlessVern.start(application, spring)) {
        Optional<InventoryVersion> active = context.getBean(ProcessingInventory.class).active();
        if (active.isEmpty()) {
          System.err.println(
              "cookies scan: no inventory is in force; activate one or pass --inventory <file>");
          return 2;
        }
        ChromiumScanner scanner = context.getBean(ChromiumScanner.class);
        return print(
            scanner.scan(urls, DeclaredCookies.of(active.get().inventory().cookies())),
            arguments.json(),
            System.out);
      }
    } catch (RuntimeException e) {
      System.err.println("cookies scan: could not scan: " + e.getMessage());
      return 2;
    }
  }

  static int print(ScanReport report, boolean json, PrintStream out) {
    out.print(json ? ScanOutput.json(report) + "\n" : ScanOutput.table(report));
    return report.exitCode();
  }

  private static Inventory fromFile(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file);
    }
    var format =
        file.toString().endsWith(".json")
            ? InventoryDocuments.Format.JSON
            : InventoryDocuments.Format.YAML;
    ParseResult parsed = InventoryDocuments.parse(text, format);
    return parsed
        .inventory()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    file
                        + " is not an inventory: "
                        + parsed.problems().stream().findFirst().map(Object::toString).orElse("")));
  }
}
