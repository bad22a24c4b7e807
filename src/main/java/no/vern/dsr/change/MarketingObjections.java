package no.vern.dsr.change;

import no.vern.audit.AuditActor;
import no.vern.newsletter.DirectMarketingObjected;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The preference page's "Object to direct marketing" (Art. 21(3)): synchronous, in the press's
 * transaction, so the objection is in force when the page answers. No case handler, no request.
 */
@Component
class MarketingObjections {

  private final Objections objections;

  MarketingObjections(Objections objections) {
    this.objections = objections;
  }

  @EventListener
  void on(DirectMarketingObjected event) {
    objections.directMarketing(event.subject(), AuditActor.system("preference-page"));
  }
}
