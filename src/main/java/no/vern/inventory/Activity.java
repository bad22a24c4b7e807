package no.vern.inventory;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A processing activity (Art. 30(1)): who is responsible, why, on which basis, about whom, from
 * where, to whom, for how long, and with which safeguards. References ({@code controller}, {@code
 * consentPurpose}, category, recipient and measure ids) point into the inventory's lists. {@code
 * provision} says whether the person must give the data (Art. 13(2)(e)). {@code directMarketing}
 * marks the activities an objection to direct marketing (Art. 21(3)) stops at once.
 */
public record Activity(
    String id,
    String controller,
    Role role,
    Text arrangement,
    Text name,
    Text purpose,
    List<LegalGround> legalBases,
    String consentPurpose,
    List<String> dataCategories,
    List<String> subjectCategories,
    List<Source> sources,
    List<String> recipients,
    RetentionRule retention,
    List<AutomatedDecision> automatedDecisions,
    List<String> securityMeasures,
    Provision provision,
    Boolean directMarketing) {

  public Activity {
    legalBases = ModelLists.copy(legalBases);
    dataCategories = ModelLists.copy(dataCategories);
    subjectCategories = ModelLists.copy(subjectCategories);
    sources = ModelLists.copy(sources);
    recipients = ModelLists.copy(recipients);
    automatedDecisions = ModelLists.copy(automatedDecisions);
    securityMeasures = ModelLists.copy(securityMeasures);
  }

  /** Whether the inventory marks it direct marketing (absent: no). */
  public boolean forDirectMarketing() {
    return Boolean.TRUE.equals(directMarketing);
  }

  /** Whether any of the activity's legal grounds is the given basis. */
  public boolean restsOn(LegalBasis basis) {
    return legalBases.stream().anyMatch(ground -> ground.basis() == basis);
  }

  /**
   * The organisation's part in the activity. As processor (Art. 28) it acts for a client who is the
   * controller; {@code arrangement} then names the client, for a joint controller the Art. 26
   * arrangement.
   */
  public enum Role {
    CONTROLLER("controller"),
    JOINT_CONTROLLER("joint-controller"),
    PROCESSOR("processor");

    private final String code;

    Role(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
    }
  }
}
