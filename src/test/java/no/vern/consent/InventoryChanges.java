package no.vern.consent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import no.vern.support.Http;
import no.vern.support.Reactions;

/**
 * Changes to the example inventory through the API, as a DPO makes them. Tests share the database,
 * so every change is undone with {@link #restore()} in a finally block.
 */
public final class InventoryChanges {

  public static final String EXAMPLE = load("examples/debt-collection-group.yaml");
  public static final String NEWSLETTER_EN =
      "We send you newsletters and invitations to events and webinars by e-mail.";
  public static final String NEWSLETTER_EN_CHANGED =
      "We send you newsletters and invitations to events and webinars by e-mail and text message.";

  private final Http http;

  public InventoryChanges(Http http) {
    this.http = http;
  }

  public void activate(String yaml) {
    HttpResponse<String> put =
        http.send(
            http.api("/api/v1/inventory")
                .header("Content-Type", "application/yaml")
                .PUT(HttpRequest.BodyPublishers.ofString(yaml)));
    if (put.statusCode() != 201 && put.statusCode() != 200) {
      throw new AssertionError("Inventory not activated: " + put.statusCode() + " " + put.body());
    }
    // Renewal marking and new maximum ages follow the activation's commit (ConsentSweep).
    Reactions.settle();
  }

  public void restore() {
    activate(EXAMPLE);
  }

  /** The newsletter purpose says more than before: a material change of its text. */
  public static String newsletterChanged() {
    return replaceOnce(EXAMPLE, NEWSLETTER_EN, NEWSLETTER_EN_CHANGED);
  }

  /** The preference-cookies purpose with a maximum age. */
  public static String preferencesExpireAfter(String period) {
    String code = "  - code: preference-cookies\n";
    return replaceOnce(EXAMPLE, code, code + "    maxAge: " + period + "\n");
  }

  public static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
      throw new IllegalArgumentException("Not exactly once in the example: " + from);
    }
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  private static String load(String resource) {
    try (InputStream in = InventoryChanges.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
