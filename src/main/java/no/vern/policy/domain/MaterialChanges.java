package no.vern.policy.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.vern.inventory.Activity;
import no.vern.inventory.ConsentPurpose;
import no.vern.inventory.Cookie;
import no.vern.inventory.Inventory;
import no.vern.inventory.Recipient;

/**
 * What a consent rests on, per consent purpose, as one hash per reason a person might decide
 * differently (the purpose text, the legal basis, who receives the data, how long it is kept, which
 * data): taken from the purpose itself and every activity and cookie that refers to it. Comparing
 * two versions names the purposes whose consent should be asked for again, and why.
 */
public final class MaterialChanges {

  public static final List<String> REASONS =
      List.of("purpose-text", "legal-basis", "recipients", "retention", "data-categories");

  private MaterialChanges() {}

  /** Per purpose code, in inventory order. */
  public static Map<String, Fingerprint> fingerprints(Inventory inventory) {
    Map<String, Fingerprint> result = new LinkedHashMap<>();
    for (ConsentPurpose purpose : inventory.consentPurposes()) {
      List<Activity> activities =
          inventory.activities().stream()
              .filter(a -> purpose.code().equals(a.consentPurpose()))
              .toList();
      List<Cookie> cookies =
          inventory.cookies().stream()
              .filter(c -> purpose.code().equals(c.consentPurpose()))
              .toList();
      Map<String, Recipient> recipients =
          inventory.recipients().stream()
              .collect(Collectors.toMap(Recipient::id, r -> r, (a, b) -> a));
      Map<String, String> parts = new LinkedHashMap<>();
      parts.put(
          "purpose-text",
          purpose.title()
              + "|"
              + purpose.description()
              + "|"
              + join(activities, a -> a.name() + "/" + a.purpose())
              + "|"
              + join(cookies, c -> c.name() + "/" + c.purpose()));
      parts.put(
          "legal-basis",
          join(activities, a -> a.id() + "=" + a.legalBases())
              + "|"
              + join(cookies, c -> c.name() + "=" + c.effectiveLegalBasis()));
      parts.put(
          "recipients",
          join(activities, a -> a.id() + "=" + join(a.recipients(), recipients::get))
              + "|"
              + join(cookies, c -> c.name() + "=" + c.provider() + "/" + c.party()));
      parts.put(
          "retention",
          join(activities, a -> a.id() + "=" + a.retention())
              + "|"
              + join(cookies, c -> c.name() + "=" + c.lifetime() + "/" + c.maxAge()));
      parts.put(
          "data-categories",
          join(activities, a -> a.id() + "=" + categories(inventory, a))
              + "|"
              + join(cookies, Cookie::name));
      Map<String, String> hashes = new LinkedHashMap<>();
      parts.forEach((reason, canonical) -> hashes.put(reason, sha256(canonical)));
      result.put(purpose.code(), new Fingerprint(hashes));
    }
    return result;
  }

  /**
   * The reasons a purpose changed materially since the previous version; empty when it did not, or
   * when it is new (nobody's consent can rest on a purpose that did not exist).
   */
  public static List<String> reasons(Fingerprint previous, Fingerprint current) {
    if (previous == null) {
      return List.of();
    }
    List<String> reasons = new ArrayList<>();
    for (String reason : REASONS) {
      if (!current.parts().get(reason).equals(previous.parts().get(reason))) {
        reasons.add(reason);
      }
    }
    return reasons;
  }

  private static String categories(Inventory inventory, Activity activity) {
    return join(
        activity.dataCategories(),
        id ->
            inventory.dataCategories().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .map(Object::toString)
                .orElse(id));
  }

  private static <T> String join(List<T> items, Function<T, ?> canonical) {
    return items.stream()
        .map(i -> String.valueOf(canonical.apply(i)))
        .collect(Collectors.joining(";"));
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** One hash per reason; stored as {@code reason=hash;...} so a later version can compare. */
  public record Fingerprint(Map<String, String> parts) {

    public Fingerprint {
      parts = Map.copyOf(parts);
    }

    public String encoded() {
      return REASONS.stream().map(r -> r + "=" + parts.get(r)).collect(Collectors.joining(";"));
    }

    public static Fingerprint decode(String encoded) {
      Map<String, String> parts = new LinkedHashMap<>();
      for (String part : encoded.split(";")) {
        String[] pair = part.split("=", 2);
        parts.put(pair[0], pair.length > 1 ? pair[1] : "");
      }
      return new Fingerprint(parts);
    }
  }
}
