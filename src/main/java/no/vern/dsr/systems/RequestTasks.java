package no.vern.dsr.systems;

import java.util.List;
import java.util.UUID;

/**
 * A request's tasks for connected systems and its Art. 19 notices, for the request side: the
 * fulfilment guard and what its page and API show.
 */
public interface RequestTasks {

  /**
   * Refuses, with the problem {@code tasks-open} naming each open task and a failing system's last
   * error, while a system task of the request is not done or a notice is neither sent nor settled.
   * Audited as {@code DSR_FULFILMENT_BLOCKED}. Call it in the fulfilment's transaction.
   */
  void requireDone(UUID request);

  /** Systems first, then notices. */
  List<TaskStatus> of(UUID request);
}
