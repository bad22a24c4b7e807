package no.vern.inventory.domain;

import static no.vern.inventory.domain.Problems.at;

import no.vern.inventory.Agreement;
import no.vern.inventory.Inventory;
import no.vern.inventory.Recipient;
import no.vern.inventory.TransferMechanism;

/**
 * A processor acts only under a written agreement (Art. 28(3)), and data leaves the EEA only with a
 * transfer mechanism (Art. 44-49). Both must be on record before the notice names them.
 */
final class RecipientRules {

  private RecipientRules() {}

  static void check(Inventory inventory, Problems problems) {
    for (int i = 0; i < inventory.recipients().size(); i++) {
      Recipient recipient = inventory.recipients().get(i);
      String path = at("recipients", i);
      if (recipient.kind() == Recipient.Kind.PROCESSOR) {
        agreement(recipient.agreement(), path + ".agreement", problems);
      }
      String country = recipient.country();
      if (!problems.require(country, path + ".country", "The recipient's country")) {
        continue;
      }
      if (!Countries.wellFormed(country)) {
        problems.error(
            path + ".country",
            "invalid-country",
            "'" + country + "' is not an ISO 3166 country code; write two capitals such as NO.");
      } else if (!Countries.inEea(country) && recipient.transferMechanism() == null) {
        problems.error(
            path + ".transferMechanism",
            "transfer-mechanism-missing",
            country
                + " is outside the EEA: name the transfer mechanism (adequacy decision, standard"
                + " contractual clauses, binding corporate rules or a derogation).");
      } else if (!Countries.inEea(country)) {
        transfer(recipient, path, problems);
      }
      if (recipient.certifiedUnderDpf() && !"US".equals(country)) {
        problems.error(
            path + ".dpfCertified",
            "invalid-value",
            "The EU-US Data Privacy Framework certifies organisations in the United States only.");
      }
    }
  }

  // The US adequacy decision (EU) 2023/1795 covers only organisations certified under the Data
  // Privacy Framework; Art. 49 derogations are for occasional transfers, never a standing
  // processor.
  private static void transfer(Recipient recipient, String path, Problems problems) {
    TransferMechanism mechanism = recipient.transferMechanism();
    if (mechanism == TransferMechanism.ADEQUACY_DECISION
        && "US".equals(recipient.country())
        && !recipient.certifiedUnderDpf()) {
      problems.error(
          path + ".dpfCertified",
          "dpf-not-certified",
          "The adequacy decision for the United States (the Data Privacy Framework) covers only"
              + " certified organisations: set dpfCertified: true after checking the DPF list, or"
              + " use standard contractual clauses.");
    }
    if (mechanism == TransferMechanism.DEROGATION && recipient.kind() == Recipient.Kind.PROCESSOR) {
      problems.error(
          path + ".transferMechanism",
          "derogation-for-processor",
          "Art. 49 derogations are for occasional transfers, not a standing processor: use"
              + " standard contractual clauses, binding corporate rules or an adequacy decision.");
    }
  }

  private static void agreement(Agreement agreement, String path, Problems problems) {
    if (agreement == null) {
      problems.error(
          path,
          "processor-agreement-missing",
          "A processor needs a data processing agreement (Art. 28(3)): give its reference and"
              + " date.");
      return;
    }
    if (Problems.blank(agreement.reference())) {
      problems.error(
          path + ".reference",
          "processor-agreement-missing",
          "Give the reference of the data processing agreement.");
    }
    if (agreement.date() == null) {
      problems.error(
          path + ".date",
          "processor-agreement-missing",
          "Give the date the data processing agreement was signed.");
    }
  }
}
