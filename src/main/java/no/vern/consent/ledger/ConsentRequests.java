package no.vern.consent.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.vern.consent.ConsentChange;
import no.vern.consent.ConsentMethod;
import no.vern.consent.ConsentStatus;
import no.vern.shared.problem.FieldError;
import no.vern.subject.Identifier;
import no.vern.subject.IdentifierInput;
import org.springframework.stereotype.Component;

/**
 * Turns {@code POST /api/v1/consents} into a change and the person's identifiers, with every error
 * of the request and of the change in one answer. Defaults: language {@code nb}, channel and method
 * {@code api}, the current notice and the purpose's text in it.
 */
@Component
class ConsentRequests {

  record Checked(List<Identifier> identifiers, ConsentChange change) {}

  static final int MAX_IDENTIFIERS = 20;
  private static final Map<String, ConsentStatus> ACTIONS =
      Map.of(
          "give", ConsentStatus.GIVEN,
          "refuse", ConsentStatus.REFUSED,
          "withdraw", ConsentStatus.WITHDRAWN);

  private final ChangeValidation validation;

  ConsentRequests(ChangeValidation validation) {
    this.validation = validation;
  }

  Checked check(ConsentRequest r, String actor) {
    List<FieldError> errors = new ArrayList<>();
    List<Identifier> identifiers = identifiers(r.identifiers(), errors);
    ConsentStatus status = r.action() == null ? null : ACTIONS.get(r.action().strip());
    if (status == null) {
      errors.add(new FieldError("action", "invalid", "Must be give, refuse or withdraw."));
    }
    ConsentMethod method = null;
    String methodCode = r.method() == null ? "api" : r.method().strip();
    Optional<ConsentMethod> parsed = ConsentMethod.fromCode(methodCode);
    if (parsed.isEmpty() || parsed.get() == ConsentMethod.SYSTEM) {
      errors.add(
          new FieldError("method", "invalid", "Must be form, double-opt-in, banner, api or gpc."));
    } else {
      method = parsed.get();
    }
    String channel = r.channel() == null ? "api" : r.channel();
    if ("system".equals(channel.strip())) {
      errors.add(new FieldError("channel", "invalid", "The system channel is Vern's own."));
    }
    var change =
        new ConsentChange(
            null,
            r.purpose(),
            status == null ? ConsentStatus.GIVEN : status,
            r.noticeVersion(),
            r.language() == null ? "nb" : r.language(),
            r.text(),
            r.textSha256(),
            channel,
            method == null ? ConsentMethod.API : method,
            r.clientAddress(),
            r.userAgent(),
            actor);
    validation.check(change, false, errors);
    if (!errors.isEmpty()) {
      throw ChangeValidation.invalid(errors);
    }
    return new Checked(identifiers, change);
  }

  private static List<Identifier> identifiers(
      List<ConsentRequest.IdentifierField> given, List<FieldError> errors) {
    List<Identifier> result = new ArrayList<>();
    if (given == null || given.isEmpty()) {
      errors.add(
          new FieldError(
              "identifiers",
              "required",
              "Give at least one identifier {type, value}; types: "
                  + IdentifierInput.KNOWN_TYPES
                  + "."));
      return result;
    }
    if (given.size() > MAX_IDENTIFIERS) {
      errors.add(new FieldError("identifiers", "size", "At most " + MAX_IDENTIFIERS + "."));
      return result;
    }
    for (int i = 0; i < given.size(); i++) {
      var field = given.get(i);
      String path = "identifiers[" + i + "]";
      if (field == null) {
        errors.add(new FieldError(path, "required", "Give {type, value}."));
        continue;
      }
      IdentifierInput.of(field.type(), field.value(), path, errors).ifPresent(result::add);
    }
    return result;
  }
}
