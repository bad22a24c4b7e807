package no.vern.newsletter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.vern.consent.ConsentChanged;
import no.vern.consent.ConsentGiven;
import no.vern.consent.ConsentRenewed;
import no.vern.shared.PrincipalNames;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.FieldError;
import no.vern.subject.NewRecord;
import no.vern.subject.RecordGuard;
import no.vern.subject.SubjectId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps an unsubscribed address off its list: a consent given for the list (API, import of
 * consents) and a record of the list's activities (API, CSV import) are refused for a subject whose
 * address is suppressed, and the whole change rolls back. Not refused: the person's own sign-up on
 * a public form, which leads to a new double opt-in; its confirmation clears the suppression first.
 */
@Component
class SuppressionGuard implements RecordGuard {

  private static final String PUBLIC_FORM = PrincipalNames.system("public-form");

  private final Lists lists;
  private final Addresses addresses;
  private final Suppressions suppressions;
  private final no.vern.audit.AuditTrail audit;

  SuppressionGuard(
      Lists lists, Addresses addresses, Suppressions suppressions, no.vern.audit.AuditTrail audit) {
    this.audit = audit;
    this.lists = lists;
    this.addresses = addresses;
    this.suppressions = suppressions;
  }

  @Override
  public void check(SubjectId subject, NewRecord record, String actor) {
    checkAll(List.of(new Guarded(subject, record)), actor);
  }

  /** The lists are read from the active inventory once for the whole batch. */
  @Override
  public void checkAll(List<Guarded> batch, String actor) {
    if (PUBLIC_FORM.equals(actor)) {
      return;
    }
    Map<String, List<String>> listsByActivity = new HashMap<>();
    for (Lists.NewsletterList list : lists.all()) {
      list.activities()
          .forEach(a -> listsByActivity.computeIfAbsent(a, k -> new ArrayList<>()).add(list.id()));
    }
    if (listsByActivity.isEmpty()) {
      return;
    }
    for (Guarded guarded : batch) {
      List<String> affected = listsByActivity.getOrDefault(guarded.record().activity(), List.of());
      if (!affected.isEmpty() && suppressedOn(guarded.subject(), affected)) {
        throw refusal(guarded.subject(), "identifiers");
      }
    }
  }

  // In the consent's transaction: a veto, so the refusal must roll the consent back.
  @EventListener
  void given(ConsentGiven given) {
    refuseIfSuppressed(given);
  }

  // In the consent's transaction: a veto, so the refusal must roll the consent back.
  @EventListener
  void renewed(ConsentRenewed renewed) {
    refuseIfSuppressed(renewed);
  }

  private void refuseIfSuppressed(ConsentChanged change) {
    if (lists.find(change.purpose()).isPresent()
        && suppressedOn(change.subject(), List.of(change.purpose()))) {
      throw refusal(change.subject(), "purpose");
    }
  }

  private boolean suppressedOn(SubjectId subject, List<String> lists) {
    var emails = addresses.of(subject);
    return lists.stream()
        .anyMatch(l -> emails.stream().anyMatch(e -> suppressions.suppressed(l, e)));
  }

  private ApiProblem refusal(SubjectId subject, String field) {
    audit.record(
        no.vern.audit.AuditActor.current()
            .did(
                no.vern.newsletter.NewsletterAuditAction.NEWSLETTER_SUPPRESSION_BLOCKED,
                "subject",
                subject.toString(),
                no.vern.audit.AuditRecord.Outcome.DENIED));
    return new ApiProblem(
        NewsletterProblem.SUPPRESSED,
        "This address unsubscribed from the list; only the person can subscribe again, by"
            + " confirming a new sign-up from their mailbox.",
        List.of(
            new FieldError(
                field,
                "suppressed",
                "The address unsubscribed; it cannot be subscribed again here.")));
  }
}
