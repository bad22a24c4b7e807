package no.vern.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import no.vern.inventory.InventoryDocuments.Format;
import no.vern.shared.PrincipalNames;
import no.vern.shared.VernSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads the configured inventory at start. A {@link SmartLifecycle} in a phase below the web
 * server's, rather than an ApplicationRunner: it runs once every bean and event listener exists
 * (the privacy notice hears the activation) but before the port opens, so no request ever sees Vern
 * without the inventory it was configured with, and a broken file stops start-up instead of leaving
 * a running server on the old version.
 */
@Component
class InventoryStartup implements SmartLifecycle {

  static final String EXAMPLE = "classpath:examples/debt-collection-group.yaml";
  private static final Logger log = LoggerFactory.getLogger(InventoryStartup.class);

  private final VersionedProcessingInventory inventory;
  private final InventorySettings settings;
  private final ResourceLoader resources;
  private final boolean embeddedDatabase;
  private volatile boolean running;

  InventoryStartup(
      VersionedProcessingInventory inventory,
      InventorySettings settings,
      ResourceLoader resources,
      VernSettings vern) {
    this.inventory = inventory;
    this.settings = settings;
    this.resources = resources;
    this.embeddedDatabase = vern.db().embedded();
  }

  @Override
  public void start() {
    running = true;
    if (settings.hasLocation()) {
      load(settings.location());
    } else if (inventory.active().isEmpty() && embeddedDatabase) {
      // A newcomer trying Vern on the embedded database sees a complete system at once.
      load(EXAMPLE);
    } else if (inventory.active().isEmpty()) {
      log.warn(
          "No processing inventory is active. Set VERN_INVENTORY to a YAML file, or load one at"
              + " /admin/inventory or with PUT /api/v1/inventory.");
    }
  }

  private void load(String location) {
    var outcome =
        inventory.activate(read(location), formatOf(location), PrincipalNames.system("startup"));
    var activation = outcome.activation();
    for (Problem problem : activation.problems()) {
      String where = problem.path().isEmpty() ? "(document)" : problem.path();
      log.warn("Inventory {} {}: {} [{}]", location, where, problem.message(), problem.code());
    }
    InventoryVersion version =
        activation.activated().orElseThrow(() -> new IllegalStateException(refusal(location)));
    log.info(
        outcome.created()
            ? "Activated inventory version {} from {}"
            : "Inventory version {} ({})" + " is up to date",
        version.number(),
        location);
  }

  private static String refusal(String location) {
    return "The inventory at "
        + location
        + " has errors (each is logged above with its path). Fix them, or unset VERN_INVENTORY"
        + " to start with the active version.";
  }

  private String read(String location) {
    Resource resource =
        location.startsWith("classpath:") || location.startsWith("file:")
            ? resources.getResource(location)
            : new FileSystemResource(location);
    try (var in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the inventory at " + location, e);
    }
  }

  static Format formatOf(String location) {
    return location.toLowerCase(Locale.ROOT).endsWith(".json") ? Format.JSON : Format.YAML;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** After the audit writer (DEFAULT_PHASE - 4096), before the web server (- 2048). */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 3072;
  }
}
