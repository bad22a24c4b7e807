package no.vern.dsr.access;

import java.util.List;
import java.util.Locale;
import no.vern.dsr.access.AccessPackage.RightItem;
import no.vern.dsr.access.AccessPackage.Rights;
import no.vern.inventory.Inventory;
import no.vern.inventory.SupervisoryAuthority;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The rights (Art. 15(1)(e)) and the complaint route (15(1)(f), 77, 79) as the privacy notice words
 * them, each right with its DPV code, and the supervisory authority from the inventory.
 */
@Component
class RightsInformation {

  /** DPV right code and the notice's message key for it, in the notice's order. */
  private static final List<String[]> RIGHTS =
      List.of(
          new String[] {"A15", "access"},
          new String[] {"A16", "rectification"},
          new String[] {"A17", "erasure"},
          new String[] {"A18", "restriction"},
          new String[] {"A21", "objection"},
          new String[] {"A21", "marketing"},
          new String[] {"A20", "portability"},
          new String[] {"A7-3", "withdrawal"},
          new String[] {"A22", "automated"});

  private final MessageSource messages;

  RightsInformation(MessageSource messages) {
    this.messages = messages;
  }

  Rights in(Inventory inventory, String language, Locale locale) {
    List<RightItem> items =
        RIGHTS.stream()
            .map(
                r ->
                    new RightItem(
                        r[0], "eu-gdpr:" + r[0], get(locale, "policy.rights." + r[1], null)))
            .toList();
    SupervisoryAuthority authority =
        inventory.organisation() == null ? null : inventory.organisation().supervisoryAuthority();
    String name =
        authority == null ? get(locale, "dsr.answer.authority.default", null) : authority.name();
    return new Rights(
        items,
        name,
        authority == null ? "https://www.datatilsynet.no" : authority.url(),
        get(locale, "policy.complaints.authority", name),
        get(locale, "dsr.answer.judicial-remedy", null));
  }

  private String get(Locale locale, String key, Object arg) {
    return messages.getMessage(key, arg == null ? null : new Object[] {arg}, key, locale);
  }
}
