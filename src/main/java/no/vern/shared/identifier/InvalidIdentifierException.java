package no.vern.shared.identifier;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link Parsed#orElseThrow()}; its message holds the reasons, never the input. */
public class InvalidIdentifierException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<Reason> reasons;

  public InvalidIdentifierException(List<Reason> reasons) {
    super(reasons.stream().map(Reason::message).collect(Collectors.joining(" ")));
    this.reasons = List.copyOf(reasons);
  }

  public List<Reason> reasons() {
    return reasons;
  }
}
