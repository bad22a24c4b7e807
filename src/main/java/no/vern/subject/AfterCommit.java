package no.vern.subject;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an action once the surrounding transaction has committed, or at once without one. Queued
 * audit entries go through here so that a rolled-back intake leaves no entry about a subject or
 * record that was never stored.
 */
final class AfterCommit {

  private AfterCommit() {}

  static void run(Runnable action) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      action.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            action.run();
          }
        });
  }
}
