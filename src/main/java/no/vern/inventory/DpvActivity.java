package no.vern.inventory;

import static no.vern.inventory.RecordOfProcessingJsonLd.id;
import static no.vern.inventory.RecordOfProcessingJsonLd.map;
import static no.vern.inventory.RecordOfProcessingJsonLd.text;

import java.util.List;
import java.util.Map;

/** One activity as a {@code dpv:PersonalDataHandling} node. */
final class DpvActivity {

  private DpvActivity() {}

  static Map<String, Object> of(Activity a, InventoryLookup lookup) {
    Map<String, Object> node =
        map("@id", id("activity", a.id()), "@type", "dpv:PersonalDataHandling");
    node.put("dct:identifier", a.id());
    node.put("dct:title", text(a.name()));
    node.put("dpv:hasDataController", map("@id", id("controller", a.controller())));
    node.put("dpv:hasPurpose", map("@type", "dpv:Purpose", "dct:description", text(a.purpose())));
    node.put("dpv:hasLegalBasis", a.legalBases().stream().map(DpvActivity::basis).toList());
    node.put(
        "dpv:hasPersonalData", lookup.dataCategories(a).stream().map(DpvActivity::data).toList());
    node.put(
        "dpv:hasDataSubject",
        lookup.subjectCategories(a).stream()
            .map(
                s ->
                    map(
                        "@id",
                        id("subject", s.id()),
                        "@type",
                        "dpv:DataSubject",
                        "dct:title",
                        text(s.name())))
            .toList());
    List<Recipient> recipients = lookup.recipients(a);
    node.put(
        "dpv:hasRecipient",
        recipients.stream()
            .filter(r -> r.kind() != Recipient.Kind.PROCESSOR)
            .map(DpvActivity::recipient)
            .toList());
    node.put(
        "dpv:hasDataProcessor",
        recipients.stream()
            .filter(r -> r.kind() == Recipient.Kind.PROCESSOR)
            .map(DpvActivity::recipient)
            .toList());
    node.put(
        "dpv:hasThirdCountry", lookup.transfers(a).stream().map(DpvActivity::transfer).toList());
    if (a.retention() != null) {
      node.put("dpv:hasStorageCondition", storage(a, lookup));
    }
    node.put(
        "dpv:hasTechnicalOrganisationalMeasure",
        lookup.securityMeasures(a).stream()
            .map(m -> map("@id", id("measure", m.id()), "dct:description", text(m.description())))
            .toList());
    if (!a.automatedDecisions().isEmpty()) {
      node.put(
          "dpv:hasProcessing",
          a.automatedDecisions().stream()
              .map(
                  d ->
                      map(
                          "@type",
                          "dpv:AutomatedDecisionMaking",
                          "dct:description",
                          text(d.logic())))
              .toList());
    }
    node.put("dct:type", a.role() == null ? null : a.role().code());
    return node;
  }

  private static Map<String, Object> basis(LegalGround ground) {
    Map<String, Object> node = map("@id", ground.basis() == null ? null : ground.basis().dpvIri());
    if (ground.reference() != null) {
      node.put("dct:source", text(ground.reference()));
    }
    if (ground.balancingTest() != null) {
      node.put("dct:references", ground.balancingTest());
    }
    if (ground.interest() != null) {
      node.put("dpv:hasLegitimateInterest", text(ground.interest()));
    }
    if (ground.covers() != null) {
      node.put("dct:coverage", text(ground.covers()));
    }
    return node;
  }

  private static Map<String, Object> data(DataCategory c) {
    String type =
        c.special() != null || c.aboutCriminalOffences()
            ? "dpv:SpecialCategoryPersonalData"
            : "dpv:PersonalData";
    Map<String, Object> node =
        map("@id", id("data", c.id()), "@type", type, "dct:title", text(c.name()));
    if (c.special() != null) {
      node.put("dct:subject", c.special().code());
    }
    return node;
  }

  private static Map<String, Object> recipient(Recipient r) {
    String type =
        switch (r.kind()) {
          case PROCESSOR -> "dpv:DataProcessor";
          case PUBLIC_AUTHORITY -> "dpv:Authority";
          case INDEPENDENT_CONTROLLER -> "dpv:DataController";
          case JOINT_CONTROLLER -> "dpv:JointDataControllers";
        };
    return map(
        "@id",
        id("recipient", r.id()),
        "@type",
        type,
        "dct:title",
        text(r.name()),
        "dpv:hasCountry",
        r.country());
  }

  /** The country, and the Chapter V article the transfer rests on. */
  private static Map<String, Object> transfer(Recipient r) {
    String article =
        r.transferMechanism() == null
            ? null
            : switch (r.transferMechanism()) {
              case ADEQUACY_DECISION -> "eu-gdpr:A45-3";
              case STANDARD_CONTRACTUAL_CLAUSES -> "eu-gdpr:A46-2-c";
              case BINDING_CORPORATE_RULES -> "eu-gdpr:A47-1";
              case DEROGATION -> "eu-gdpr:A49-1";
            };
    Map<String, Object> node =
        map(
            "@type",
            "dpv:ThirdCountry",
            "dpv:hasCountry",
            r.country(),
            "dpv:hasRecipient",
            map("@id", id("recipient", r.id())));
    node.put("dpv:hasLegalBasis", article == null ? null : map("@id", article));
    node.put("dct:source", r.transferReference() == null ? null : text(r.transferReference()));
    return node;
  }

  private static Map<String, Object> storage(Activity a, InventoryLookup lookup) {
    RetentionRule rule = a.retention();
    Map<String, Object> node = map("@type", "dpv:StorageDuration");
    node.put(
        "dpv:hasDuration",
        map(
            "@type",
            "dpv:Duration",
            "rdf:value",
            rule.period() == null ? null : rule.period().toString()));
    node.put(
        "dct:description",
        List.of(
            Map.of("@value", lookup.retentionWords(a, "en"), "@language", "en"),
            Map.of("@value", lookup.retentionWords(a, "nb"), "@language", "nb")));
    node.put("dct:source", rule.legalReference() == null ? null : text(rule.legalReference()));
    node.put("dct:temporal", rule.trigger());
    return node;
  }
}
