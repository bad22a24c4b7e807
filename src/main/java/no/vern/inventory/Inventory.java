package no.vern.inventory;

import java.util.List;

/**
 * The processing inventory: the record of processing activities (Art. 30) and everything the
 * privacy notice (Art. 13, 14) and the cookie declaration are generated from. One YAML or JSON
 * document; see {@code docs/inventory.md} and {@code inventory/inventory.schema.json}.
 *
 * <p>Lists are never null. Optional scalar fields are null when absent. {@code forms} are the
 * public intake forms, each tied to one activity (docs/forms.md); {@code audiences} the groups the
 * notice speaks to, each in a section of its own; {@code systems} the connected systems that hold
 * personal data and receive the tasks of requests from data subjects (docs/dsr.md).
 */
public record Inventory(
    Integer formatVersion,
    Organisation organisation,
    List<Controller> controllers,
    List<ConsentPurpose> consentPurposes,
    List<DataCategory> dataCategories,
    List<SubjectCategory> subjectCategories,
    List<RetentionTrigger> retentionTriggers,
    List<Recipient> recipients,
    List<SecurityMeasure> securityMeasures,
    List<Activity> activities,
    List<Cookie> cookies,
    List<Form> forms,
    List<Audience> audiences,
    List<ConnectedSystem> systems) {

  /** The only document format this version of Vern reads. */
  public static final int CURRENT_FORMAT_VERSION = 1;

  /** No inventory at all: every list empty. For readers that must cope with none in force. */
  public static final Inventory EMPTY =
      new Inventory(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null);

  /**
   * An activity's retention rule in words ("30 days after unsubscribed, then delete"), as the admin
   * page shows it; empty without a rule.
   */
  public String retentionWords(Activity activity, String language) {
    return new InventoryLookup(this).retentionWords(activity, language);
  }

  public Inventory {
    controllers = ModelLists.copy(controllers);
    consentPurposes = ModelLists.copy(consentPurposes);
    dataCategories = ModelLists.copy(dataCategories);
    subjectCategories = ModelLists.copy(subjectCategories);
    retentionTriggers = ModelLists.copy(retentionTriggers);
    recipients = ModelLists.copy(recipients);
    securityMeasures = ModelLists.copy(securityMeasures);
    activities = ModelLists.copy(activities);
    cookies = ModelLists.copy(cookies);
    forms = ModelLists.copy(forms);
    audiences = ModelLists.copy(audiences);
    systems = ModelLists.copy(systems);
  }
}
