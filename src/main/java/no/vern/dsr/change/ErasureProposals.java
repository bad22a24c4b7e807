package no.vern.dsr.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.vern.inventory.Activity;
import no.vern.inventory.RetentionRule;
import no.vern.inventory.Text;
import no.vern.retention.Erasures;
import no.vern.retention.Erasures.Standing;
import no.vern.shared.retention.RetentionWording;
import no.vern.shared.time.Deadlines;
import no.vern.subject.SubjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Per record, erase or keep (Art. 17(3)), in this order: a legal hold keeps it until the hold is
 * reviewed; a retention rule that names the law (bokføringsloven § 13, hvitvaskingsloven § 30)
 * keeps it until its due day; a record with a case reference whose case has not closed is kept for
 * legal claims; anything else is erased.
 */
@Component
class ErasureProposals {

  private final Erasures erasures;
  private final Changes changes;

  ErasureProposals(Erasures erasures, Changes changes) {
    this.erasures = erasures;
    this.changes = changes;
  }

  List<Proposal> of(SubjectId subject, String language) {
    LocalDate today = LocalDate.ofInstant(changes.now(), Deadlines.NORWAY);
    List<Proposal> out = new ArrayList<>();
    for (Standing s : erasures.standing(subject)) {
      out.add(propose(s, changes.find(s.activity()), today, language));
    }
    return out;
  }

  static Proposal propose(
      Standing s, Optional<Activity> activity, LocalDate today, String language) {
    String name = activity.map(a -> a.name().in(language)).orElse(s.activity());
    RetentionRule rule = activity.map(Activity::retention).orElse(null);
    List<java.util.UUID> holds = s.holds().stream().map(Erasures.Hold::id).toList();
    if (!s.holds().isEmpty()) {
      LocalDate review = s.holds().get(0).reviewAt();
      return keep(s, name, "legal-hold", null, holds, review, null);
    }
    Text law = rule == null ? null : rule.legalReference();
    if (law != null && (s.dueOn() == null || s.dueOn().isAfter(today))) {
      return keep(
          s, name, "legal-obligation", law.in(language), holds, s.dueOn(), words(rule, language));
    }
    if (s.caseReference() != null && "case-closed".equals(s.trigger()) && s.triggerOn() == null) {
      return keep(s, name, "legal-claims", null, holds, null, words(rule, language));
    }
    return new Proposal(
        s.record().value(), s.activity(), name, Proposal.ERASE, null, null, holds, null, null);
  }

  private static Proposal keep(
      Standing s,
      String name,
      String ground,
      @Nullable String reference,
      List<java.util.UUID> holds,
      @Nullable LocalDate until,
      @Nullable String words) {
    return new Proposal(
        s.record().value(),
        s.activity(),
        name,
        Proposal.KEEP,
        ground,
        reference,
        holds,
        until,
        until == null ? words : null);
  }

  /** When the day is not known yet: the rule's own words, as the privacy notice gives them. */
  private static @Nullable String words(@Nullable RetentionRule rule, String language) {
    if (rule == null || rule.period() == null) {
      return null;
    }
    if (rule.description() != null) {
      return rule.description().in(language);
    }
    return RetentionWording.in(language)
        .rule(
            rule.period(),
            rule.action() == null ? "delete" : rule.action().code(),
            RetentionWording.Trigger.code(rule.trigger()));
  }
}
