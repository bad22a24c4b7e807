package no.vern.dsr.systems;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.vern.dsr.RequestChanged;
import no.vern.dsr.SubjectDataChanged;
import no.vern.inventory.ConnectedSystem;
import no.vern.retention.RecordsErased;
import no.vern.shared.time.Deadlines;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.StoredRecord;
import no.vern.subject.SubjectId;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When tasks are made. Access, portability and objection: when the request is verified, for every
 * system holding data of an activity the person has records in. Rectification, erasure and
 * restriction: when the change is made ({@link SubjectDataChanged}), for the activities it changed,
 * so a system is told what Vern did rather than what was asked; the Art. 19 notices follow. Sweep
 * erasures ({@link RecordsErased}): a deletion task per sweep, person and system.
 */
@Component
class TaskTriggers {

  private static final Set<String> AT_VERIFICATION = Set.of("access", "portability", "objection");
  private static final Set<String> AT_CHANGE = Set.of("rectification", "erasure", "restriction");
  private static final Map<String, String> CHANGES =
      Map.of(
          "rectified", "rectification",
          "erased", "erasure",
          "restricted", "restriction",
          "restriction-lifted", "restriction-lifted");

  private final RequestFacts requests;
  private final TaskCreation creation;
  private final Notices notices;
  private final Identities identities;
  private final TaskRows rows;
  private final PersonalDataRecords records;
  private final DsrTaskSettings settings;
  private final Clock clock;
  private final TaskCancellations cancellations;

  TaskTriggers(
      RequestFacts requests,
      TaskCreation creation,
      Notices notices,
      Identities identities,
      TaskRows rows,
      PersonalDataRecords records,
      DsrTaskSettings settings,
      Clock clock,
      TaskCancellations cancellations) {
    this.cancellations = cancellations;
    this.requests = requests;
    this.creation = creation;
    this.notices = notices;
    this.identities = identities;
    this.rows = rows;
    this.records = records;
    this.settings = settings;
    this.clock = clock;
  }

  // In the step's transaction: the fulfilment guard must see the tasks the moment the request is
  // open, and a verification must not commit without them.
  @EventListener
  void stepped(RequestChanged step) {
    UUID id = step.request().value();
    if (Set.of("fulfilled", "denied", "withdrawn", "expired").contains(step.state())) {
      rows.forgetIdentities(id);
      if (!step.state().equals("fulfilled")) {
        cancellations.cancel(id, step.at());
      }
      return;
    }
    if (!step.step().equals("verified")) {
      return;
    }
    var facts = requests.of(id).orElse(null);
    if (facts == null || facts.subject() == null) {
      return;
    }
    SubjectId subject = new SubjectId(facts.subject());
    List<ConnectedSystem> systems = creation.active().systems();
    // Reads of the person's data only when some system will need them.
    List<Map<String, String>> who = null;
    if (facts.rights().stream()
        .anyMatch(r -> AT_CHANGE.contains(r) && systems.stream().anyMatch(s -> s.takes(r)))) {
      who = identities.of(subject);
      rows.saveIdentities(id, identities.seal(id, who), clock.instant());
    }
    List<String> activities = null;
    for (String type : facts.rights()) {
      if (!AT_VERIFICATION.contains(type) || systems.stream().noneMatch(s -> s.takes(type))) {
        continue;
      }
      if (activities == null) {
        activities =
            records.ofSubject(subject, Identities.ACTOR).stream()
                .map(StoredRecord::activity)
                .distinct()
                .toList();
      }
      List<Map<String, String>> known = who;
      creation.create(
          new TaskCreation.Order(id, subject, null, type, activities, List.of(), facts.dueAt()),
          () -> known == null ? identities.of(subject) : known);
    }
  }

  @ApplicationModuleListener
  void changed(SubjectDataChanged change) {
    String type = CHANGES.get(change.change());
    if (type == null) {
      return;
    }
    UUID request = change.request() == null ? null : change.request().value();
    LocalDate due =
        request == null
            ? later()
            : requests.of(request).map(RequestFacts.Facts::dueAt).orElse(later());
    Map<String, UUID> tasks =
        creation.create(
            new TaskCreation.Order(
                request, change.subject(), null, type, change.activities(), change.fields(), due),
            () -> {
              List<Map<String, String>> now = identities.of(change.subject());
              if (!now.isEmpty() || request == null) {
                return now;
              }
              // Vern erased the identifiers already: those seen at verification.
              return rows.identities(request).map(s -> identities.open(request, s)).orElse(now);
            });
    if (Notices.types().contains(type)) {
      notices.send(change, type, creation.active(), tasks);
    }
  }

  /**
   * One transaction for the batch's people: a retried event adds nothing twice, since a sweep has
   * one task per person and system ({@code dsr_task_sweep}).
   */
  @ApplicationModuleListener
  void swept(RecordsErased erased) {
    if (!creation.anySystemTakes("erasure", List.of(erased.activity()))) {
      return;
    }
    LocalDate due = later();
    for (SubjectId person : erased.subjects()) {
      creation.create(
          new TaskCreation.Order(
              null,
              person,
              erased.sweep().value(),
              "erasure",
              List.of(erased.activity()),
              List.of(),
              due),
          () -> identities.of(person));
    }
  }

  private LocalDate later() {
    return LocalDate.ofInstant(clock.instant(), Deadlines.NORWAY)
        .plusDays(settings.sweepTaskDays());
  }
}
