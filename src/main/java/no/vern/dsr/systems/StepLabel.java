package no.vern.dsr.systems;

import java.util.Locale;
import no.vern.audit.AuditActor;

/**
 * Who closed a task, as the request's timeline names people ({@code user:<uuid>}), and an audit
 * reason code made from a task's words ({@code HTTP 500} becomes {@code HTTP_500}).
 */
final class StepLabel {

  private StepLabel() {}

  static String of(AuditActor actor) {
    String type = actor.type().name().toLowerCase(Locale.ROOT);
    return actor.id().isEmpty() ? type : type + ":" + actor.id();
  }

  static String reason(String text) {
    String code =
        text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
    code = code.isEmpty() || !Character.isLetter(code.charAt(0)) ? "X_" + code : code;
    return code.length() > 40 ? code.substring(0, 40) : code;
  }
}
