package no.vern.dsr.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.vern.access.ReadScope;
import no.vern.access.ReadScopes;
import no.vern.audit.AuditActor;
import no.vern.shared.PrincipalNames;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.SubjectId;
import org.springframework.stereotype.Component;

/**
 * Need-to-know for requests (issue 18, docs/need-to-know.md): a caller with "all controllers" sees
 * every request; a scoped caller sees a request tied to a person visible to them, and a request not
 * tied to anyone when it names one of their controllers. A request that names neither a person nor
 * a controller is left to those with "all controllers", who place it: it holds what someone wrote
 * about themselves, and nothing yet says which office may read it.
 */
@Component
class RequestScope {

  /**
   * How many queue pages a scoped caller's list looks through for its {@link RequestQueue#LIMIT}.
   */
  private static final int MAX_PAGES = 50;

  private final ReadScopes scopes;
  private final PersonalDataRecords records;
  private final RequestQueue queue;

  RequestScope(ReadScopes scopes, PersonalDataRecords records, RequestQueue queue) {
    this.scopes = scopes;
    this.records = records;
    this.queue = queue;
  }

  /**
   * Whether {@code actor} may see this request. A refusal is on the trail as {@code SCOPE_REFUSED}:
   * by the person's id when the request is tied to one, else by the request's id.
   */
  boolean visible(RequestRow row, String actor) {
    ReadScope scope = scopes.of(actor);
    if (scope.all()) {
      // Before the person is asked about: a request whose person was erased since stays visible.
      return true;
    }
    if (row.subjectId() != null) {
      return records.visibleTo(new SubjectId(row.subjectId()), actor);
    }
    if (row.controller() != null && scope.controllers().contains(row.controller())) {
      return true;
    }
    scopes.refused(actor, "dsr-request", row.id().toString());
    return false;
  }

  /**
   * The person a request filed by {@code filer} is tied to: the one its identifiers found, when the
   * filer may see them. A scoped filer's request is addressed to their office and concerns what it
   * holds; a person known only to another office is left unlinked, exactly as an unknown person is,
   * so that filing reveals nothing about who else is registered. Nothing is audited.
   */
  Optional<SubjectId> linkable(Optional<SubjectId> found, AuditActor filer) {
    String principal =
        switch (filer.type()) {
          case USER -> PrincipalNames.USER + filer.id();
          case API_TOKEN -> PrincipalNames.TOKEN + filer.id();
          default -> null;
        };
    if (found.isEmpty() || principal == null) {
      return found;
    }
    return records.visibleAmong(Set.of(found.get()), principal).isEmpty()
        ? Optional.empty()
        : found;
  }

  /** The queue as {@code actor} may see it: up to {@link RequestQueue#LIMIT} rows, in due order. */
  List<RequestRow> queue(RequestQueue.Filter filter, String actor) {
    ReadScope scope = scopes.of(actor);
    if (scope.all()) {
      return queue.list(filter, 0);
    }
    List<RequestRow> seen = new ArrayList<>();
    for (int page = 0; page < MAX_PAGES && seen.size() < RequestQueue.LIMIT; page++) {
      List<RequestRow> rows = queue.list(filter, page * RequestQueue.LIMIT);
      Set<SubjectId> people =
          records.visibleAmong(
              rows.stream()
                  .filter(r -> r.subjectId() != null)
                  .map(r -> new SubjectId(r.subjectId()))
                  .collect(Collectors.toSet()),
              actor);
      for (RequestRow row : rows) {
        boolean visible =
            row.subjectId() != null
                ? people.contains(new SubjectId(row.subjectId()))
                : row.controller() != null && scope.controllers().contains(row.controller());
        if (visible && seen.size() < RequestQueue.LIMIT) {
          seen.add(row);
        }
      }
      if (rows.size() < RequestQueue.LIMIT) {
        break;
      }
    }
    return seen;
  }
}
