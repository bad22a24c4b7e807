package no.vern.consent.purpose;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.vern.inventory.ConsentPurpose;
import no.vern.inventory.Inventory;
import no.vern.inventory.InventoryVersion;
import no.vern.inventory.ProcessingInventory;
import no.vern.policy.PrivacyNotices;
import no.vern.policy.PublishedNotice;
import org.springframework.stereotype.Component;

/**
 * What a published notice version said: the inventory it was generated from, and so the title and
 * description of each consent purpose as the person read them. Versions never change, so they are
 * kept once read.
 */
@Component
public class NoticeTexts {

  private final PrivacyNotices notices;
  private final ProcessingInventory inventory;
  private final Map<Integer, Inventory> byNotice = new ConcurrentHashMap<>();

  NoticeTexts(PrivacyNotices notices, ProcessingInventory inventory) {
    this.notices = notices;
    this.inventory = inventory;
  }

  public Optional<PublishedNotice> latest() {
    return notices.latest();
  }

  /** The inventory behind a published notice version, if that version exists. */
  public Optional<Inventory> inventoryOf(int noticeVersion) {
    Inventory known = byNotice.get(noticeVersion);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Inventory> found =
        notices
            .version(noticeVersion)
            .flatMap(n -> inventory.version(n.inventoryVersion()))
            .map(InventoryVersion::inventory);
    found.ifPresent(i -> byNotice.put(noticeVersion, i));
    return found;
  }

  public Optional<ConsentPurpose> purpose(int noticeVersion, String code) {
    return inventoryOf(noticeVersion)
        .flatMap(i -> i.consentPurposes().stream().filter(p -> p.code().equals(code)).findFirst());
  }

  /** The text a person is shown for a purpose: its title, a blank line, its description. */
  public static String shown(ConsentPurpose purpose, String language) {
    return purpose.title().in(language) + "\n\n" + purpose.description().in(language);
  }

  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
