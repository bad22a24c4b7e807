package no.vern.audit;

import java.io.PrintStream;
import java.util.List;
import no.vern.shared.CommandLineVerb;
import no.vern.shared.HeadlessVern;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar vern.jar audit verify}: checks the trail without starting the web server, for
 * cron jobs and auditors. Exit status 0 when intact, 1 when broken, 2 when it could not check.
 */
public final class AuditVerifyCommand implements CommandLineVerb {

  @Override
  public List<String> words() {
    return List.of("audit", "verify");
  }

  /** Starts Vern without a web server (further arguments are Spring settings) and verifies. */
  @Override
  public int run(Class<?> application, String[] args) {
    try (ConfigurableApplicationContext context = HeadlessVern.start(application, args)) {
      return run(
          context.getBean(AuditVerifier.class), context.getBean(AuditTrail.class), System.out);
    } catch (RuntimeException e) {
      System.err.println("audit verify: could not check the trail: " + e);
      return 2;
    }
  }

  public static int run(AuditVerifier verifier, AuditTrail trail, PrintStream out) {
    AuditVerification result = verifier.verify();
    out.println(describe(result));
    trail.recordDurably(AuditVerifications.recordOf(AuditActor.system("cli"), result));
    return result.ok() ? 0 : 1;
  }

  static String describe(AuditVerification r) {
    String counts =
        r.entriesChecked()
            + " entries checked in "
            + r.durationMillis()
            + " ms, "
            + r.entriesPerSecond()
            + " entries/second";
    return r.ok()
        ? "audit trail intact: " + counts
        : "audit trail BROKEN at entry " + r.firstBrokenId() + " (" + r.reason() + "): " + counts;
  }
}
