package no.vern.dsr.systems;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.dsr.DsrTaskAuditAction;
import no.vern.dsr.DsrTaskProblem;
import no.vern.inventory.ConnectedSystem;
import no.vern.shared.problem.ApiProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class JdbcRequestTasks implements RequestTasks {

  private final TaskRows rows;
  private final AuditTrail audit;
  private final TransactionTemplate apart;
  private final TaskCreation creation;

  JdbcRequestTasks(
      TaskRows rows,
      AuditTrail audit,
      PlatformTransactionManager transactions,
      TaskCreation creation) {
    this.rows = rows;
    this.creation = creation;
    this.audit = audit;
    this.apart = new TransactionTemplate(transactions);
    // The refusal rolls the fulfilment back; its audit entry must stay.
    this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void requireDone(UUID request) {
    List<TaskRow> open = rows.ofRequest(request).stream().filter(TaskRow::blocking).toList();
    if (open.isEmpty()) {
      return;
    }
    apart.executeWithoutResult(
        s ->
            audit.record(
                AuditActor.current()
                    .did(
                        DsrTaskAuditAction.DSR_FULFILMENT_BLOCKED,
                        "dsr-request",
                        request.toString(),
                        Outcome.DENIED)));
    throw new ApiProblem(
        DsrTaskProblem.TASKS_OPEN,
        "The request cannot be answered while these are open: "
            + open.stream().map(JdbcRequestTasks::describe).collect(Collectors.joining("; "))
            + ".");
  }

  @Override
  public List<TaskStatus> of(UUID request) {
    Map<String, ConnectedSystem> systems = new HashMap<>();
    creation.active().systems().forEach(s -> systems.put(s.id(), s));
    return rows.ofRequest(request).stream()
        .map(t -> TaskStatus.of(t, t.systemId() == null ? null : systems.get(t.systemId())))
        .toList();
  }

  private static String describe(TaskRow t) {
    String who =
        t.kind().equals(TaskRow.SYSTEM) ? "system " + t.systemId() : "notice to " + t.recipient();
    String how = t.channel() + ", " + t.state();
    if (t.lastError() != null) {
      how += ", failing: " + t.lastError();
    }
    return who + " (" + how + ")";
  }
}
