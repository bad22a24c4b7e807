package no.vern.policy.domain;

import java.util.ArrayList;
import java.util.List;
import no.vern.inventory.Inventory;
import no.vern.policy.domain.Notice.Section;

/**
 * Builds the privacy notice (Art. 12-14) from an inventory, in Bokmål ({@code nb}) or English
 * ({@code en}). Everything specific to the organisation comes from the inventory; the fixed
 * sentences come from the module's message bundle. Layered: a first layer (who, what, where to read
 * on, rights, contact), the right to object on its own, a section per audience with only its
 * activities, then what applies to all: contact details, sources, sharing, keeping, rights, cookies
 * and changes.
 */
public final class NoticeBuilder {

  public static final List<String> LANGUAGES = List.of("nb", "en");

  private NoticeBuilder() {}

  public static Notice build(Inventory inventory, String language) {
    NoticeContext c = new NoticeContext(inventory, language, Phrases.of(language));
    List<Section> sections = new ArrayList<>();
    sections.add(FirstLayer.summary(c));
    sections.add(FirstLayer.objection(c));
    sections.addAll(AudienceSections.all(c));
    sections.add(AboutSections.controller(c));
    sections.add(AboutSections.collected(c));
    PurposeSections.newsletter(c).ifPresent(sections::add);
    sections.add(SharingSections.storage(c));
    sections.add(SharingSections.disclosures(c));
    sections.add(SharingSections.transfers(c));
    sections.add(PurposeSections.retention(c));
    sections.add(PurposeSections.automated(c));
    sections.add(RightsSections.rights(c));
    sections.add(RightsSections.complaints(c));
    sections.add(CookieSection.cookies(c));
    sections.add(RightsSections.changes(c));
    String name = inventory.organisation().name();
    return new Notice(
        language, c.get("policy.notice.title"), c.get("policy.notice.lead", name), sections);
  }
}
