package no.vern.consent.decision;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.vern.consent.ConsentDecisions;
import no.vern.consent.ConsentSettings;
import no.vern.consent.Decision;
import no.vern.consent.RestrictionGround;
import no.vern.consent.domain.ConsentState;
import no.vern.consent.domain.DecisionRules;
import no.vern.consent.domain.Limits;
import no.vern.consent.domain.Target;
import no.vern.consent.ledger.ConsentStates;
import no.vern.consent.purpose.PurposeCatalogue;
import no.vern.subject.ActivityRestrictions;
import no.vern.subject.Identifier;
import no.vern.subject.Objection;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Decisions in at most three look-ups: the subject by blind index, the consent state by primary
 * key, and restrictions and objections (only where the answer would otherwise be allow; what they
 * stop is {@link DecisionRules#afterFlags}). An unknown person goes through the same look-ups with
 * an id nobody has, so the answer takes the same work and has the same shape as for a known person
 * without consent.
 */
@Service
class DecisionService implements ConsentDecisions {

  /** The id no subject has: the nil UUID. */
  static final SubjectId NOBODY = new SubjectId(new UUID(0, 0));

  private final PurposeCatalogue catalogue;
  private final SubjectRegistry registry;
  private final ConsentStates states;
  private final ActivityRestrictions restrictions;
  private final ConsentSettings settings;
  private final Clock clock;

  DecisionService(
      PurposeCatalogue catalogue,
      SubjectRegistry registry,
      ConsentStates states,
      ActivityRestrictions restrictions,
      ConsentSettings settings,
      Clock clock) {
    this.catalogue = catalogue;
    this.registry = registry;
    this.states = states;
    this.restrictions = restrictions;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public Decision decide(SubjectId subject, String purposeOrActivity) {
    return decide(Optional.of(subject), target(purposeOrActivity), null);
  }

  @Override
  public Decision decide(
      SubjectId subject, String purposeOrActivity, @Nullable RestrictionGround ground) {
    return decide(Optional.of(subject), target(purposeOrActivity), ground);
  }

  @Override
  public Decision decide(Identifier identifier, String purposeOrActivity) {
    return answer(identifier, purposeOrActivity).decision();
  }

  /** A decision with the subject it was about (empty when unknown), for the audit trail. */
  record Answer(Optional<SubjectId> subject, Decision decision) {}

  Answer answer(
      Identifier identifier, String purposeOrActivity, @Nullable RestrictionGround ground) {
    Target target = target(purposeOrActivity);
    Optional<SubjectId> found = registry.find(identifier);
    return new Answer(found, decide(found, target, ground));
  }

  Answer answer(Identifier identifier, String purposeOrActivity) {
    return answer(identifier, purposeOrActivity, null);
  }

  private Decision decide(
      Optional<SubjectId> found, Target target, @Nullable RestrictionGround ground) {
    SubjectId subject = found.orElse(NOBODY);
    ConsentState state =
        target.onConsent()
            ? states.state(subject.value(), target.consentPurpose()).orElse(null)
            : null;
    Decision before =
        DecisionRules.beforeFlags(
            found.isPresent(), target, state, clock.instant(), settings.renewalPending());
    if (!before.allowed() && target.onConsent()) {
      return before;
    }
    // Activities on another basis look up flags for the unknown person too (with NOBODY).
    var flags = restrictions.among(List.of(subject), target.activities());
    return DecisionRules.afterFlags(before, target, limits(flags), ground);
  }

  @Override
  public List<Decision> decideAll(List<Question> questions) {
    return answerAll(questions).stream().map(Answer::decision).toList();
  }

  List<Answer> answerAll(List<Question> questions) {
    return answerAll(questions, java.util.Collections.nCopies(questions.size(), null));
  }

  /** As above, with the Art. 18(2) ground stated for each question (null: none). */
  List<Answer> answerAll(List<Question> questions, List<@Nullable RestrictionGround> grounds) {
    List<Target> targets = questions.stream().map(q -> target(q.purposeOrActivity())).toList();
    List<Optional<SubjectId>> found =
        registry.findAll(questions.stream().map(Question::identifier).toList());
    Instant now = clock.instant();
    List<UUID> stateSubjects = new ArrayList<>();
    List<String> statePurposes = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      if (targets.get(i).onConsent()) {
        stateSubjects.add(found.get(i).orElse(NOBODY).value());
        statePurposes.add(targets.get(i).consentPurpose());
      }
    }
    Map<String, ConsentState> stored = states.states(stateSubjects, statePurposes);
    List<Decision> answers = new ArrayList<>(questions.size());
    Set<SubjectId> flagSubjects = new LinkedHashSet<>();
    Set<String> flagActivities = new HashSet<>();
    for (int i = 0; i < questions.size(); i++) {
      Target target = targets.get(i);
      SubjectId subject = found.get(i).orElse(NOBODY);
      ConsentState state =
          target.onConsent()
              ? stored.get(ConsentStates.key(subject.value(), target.consentPurpose()))
              : null;
      Decision before =
          DecisionRules.beforeFlags(
              found.get(i).isPresent(), target, state, now, settings.renewalPending());
      answers.add(before);
      if (before.allowed() || !target.onConsent()) {
        flagSubjects.add(subject);
        flagActivities.addAll(target.activities());
      }
    }
    var flags = restrictions.among(flagSubjects, flagActivities);
    for (int i = 0; i < answers.size(); i++) {
      SubjectId subject = found.get(i).orElse(NOBODY);
      List<String> activities = targets.get(i).activities();
      var mine =
          flags.stream()
              .filter(f -> f.subject().equals(subject) && activities.contains(f.activity()))
              .toList();
      answers.set(
          i,
          DecisionRules.afterFlags(answers.get(i), targets.get(i), limits(mine), grounds.get(i)));
    }
    List<Answer> result = new ArrayList<>(answers.size());
    for (int i = 0; i < answers.size(); i++) {
      result.add(new Answer(found.get(i), answers.get(i)));
    }
    return result;
  }

  /** What the subject module recorded, as the decision rules weigh it. */
  static Limits limits(List<ActivityRestrictions.Flags> flags) {
    boolean restricted = false;
    boolean upheld = false;
    boolean marketing = false;
    for (ActivityRestrictions.Flags f : flags) {
      restricted |= f.restricted();
      Objection o = f.objection();
      if (o != null && o.state() != Objection.State.REJECTED) {
        marketing |= o.ground() == Objection.Ground.DIRECT_MARKETING;
        upheld |= o.ground() == Objection.Ground.PROCESSING && o.state() == Objection.State.UPHELD;
      }
    }
    return new Limits(restricted, upheld, marketing);
  }

  /** Throws {@link IllegalArgumentException} for what the active inventory does not know. */
  Target target(String purposeOrActivity) {
    return catalogue
        .current()
        .target(purposeOrActivity)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Not a consent purpose or activity of the active inventory"));
  }

  boolean knows(String purposeOrActivity) {
    return catalogue.current().target(purposeOrActivity).isPresent();
  }
}
