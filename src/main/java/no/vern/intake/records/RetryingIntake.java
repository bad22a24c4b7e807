package no.vern.intake.records;

import java.util.function.Consumer;
import java.util.function.Supplier;
import no.vern.subject.ConcurrentResolveException;
import org.springframework.stereotype.Component;

/**
 * The one way records enter Vern, for the JSON API and for every row of an import alike: {@link
 * RecordIntake}'s transaction, tried again when a concurrent request created the same person first.
 * Outside the transaction on purpose: a retry needs a fresh one.
 */
@Component
public class RetryingIntake {

  /** A concurrent request with the same identifier loses at most a few times in a row. */
  private static final int ATTEMPTS = 3;

  private final RecordIntake intake;

  RetryingIntake(RecordIntake intake) {
    this.intake = intake;
  }

  public RecordIntake.Stored store(RecordCommand command, String actor) {
    return store(command, actor, stored -> {});
  }

  /** As {@link #store(RecordCommand, String)}, with work done in the same transaction. */
  public RecordIntake.Stored store(
      RecordCommand command, String actor, Consumer<RecordIntake.Stored> alsoInTransaction) {
    return retried(() -> intake.store(command, actor, alsoInTransaction));
  }

  /** Runs a transaction of its own (a public form's, say) under the same rule. */
  public static <T> T retried(Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (ConcurrentResolveException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
