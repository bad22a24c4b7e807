package no.vern.inventory;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record of processing activities (Art. 30(1)) as JSON-LD in the W3C Data Privacy Vocabulary:
 * each activity is a {@code dpv:PersonalDataHandling}, legal bases are the {@code eu-gdpr:} IRIs
 * the inventory already uses. Entries of the inventory get {@code urn:vern:<kind>:<id>} ids, so a
 * graph from two versions can be compared. Texts carry both languages as language-tagged values.
 */
final class RecordOfProcessingJsonLd {

  static final String MEDIA_TYPE = "application/ld+json";
  private static final JsonMapper JSON =
      JsonMapper.builder()
          // Absent optional fields are left out, not written as null.
          .changeDefaultPropertyInclusion(
              include ->
                  include
                      .withValueInclusion(JsonInclude.Include.NON_NULL)
                      .withContentInclusion(JsonInclude.Include.NON_NULL))
          .build();

  private RecordOfProcessingJsonLd() {}

  static String write(Inventory inventory) {
    var lookup = new InventoryLookup(inventory);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put(
        "@context",
        map(
            "dpv", "https://w3id.org/dpv#",
            "eu-gdpr", "https://w3id.org/dpv/legal/eu/gdpr#",
            "dct", "http://purl.org/dc/terms/",
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"));
    List<Object> graph = new ArrayList<>();
    Organisation org = inventory.organisation();
    for (Controller controller : inventory.controllers()) {
      graph.add(controller(controller, org));
    }
    if (org != null && org.dataProtectionOfficer() != null) {
      graph.add(contact("dpo", "dpv:DataProtectionOfficer", org.dataProtectionOfficer()));
    }
    for (Activity activity : inventory.activities()) {
      graph.add(DpvActivity.of(activity, lookup));
    }
    root.put("@graph", graph);
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  /** Art. 30(1)(a): name and contact details of the controller, its privacy contact and DPO. */
  private static Map<String, Object> controller(Controller c, Organisation org) {
    Map<String, Object> node = map("@id", id("controller", c.id()), "@type", "dpv:DataController");
    node.put("dct:title", c.name());
    node.put("dct:identifier", c.organisationNumber());
    node.put("dpv:hasCountry", c.country());
    node.put("dpv:hasAddress", c.address());
    node.put("dpv:hasEmail", c.email());
    node.put("dpv:hasTelephone", c.phone());
    if (org != null && org.privacyContact() != null) {
      node.put("dpv:hasContact", contact("privacy-contact", "dpv:Contact", org.privacyContact()));
    }
    if (org != null && org.dataProtectionOfficer() != null) {
      node.put("dpv:hasDataProtectionOfficer", map("@id", id("contact", "dpo")));
    }
    return node;
  }

  private static Map<String, Object> contact(String id, String type, Contact contact) {
    Map<String, Object> node = map("@id", id("contact", id), "@type", type);
    node.put("dct:title", contact.name() == null ? null : text(contact.name()));
    node.put("dpv:hasEmail", contact.email());
    node.put("dpv:hasTelephone", contact.phone());
    node.put("dpv:hasAddress", contact.address());
    return node;
  }

  static String id(String kind, String id) {
    return "urn:vern:" + kind + ":" + id;
  }

  static List<Map<String, String>> text(Text text) {
    List<Map<String, String>> values = new ArrayList<>();
    if (text != null && text.en() != null) {
      values.add(Map.of("@value", text.en(), "@language", "en"));
    }
    if (text != null && text.nb() != null) {
      values.add(Map.of("@value", text.nb(), "@language", "nb"));
    }
    return values;
  }

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
