package no.vern.subject;

import java.util.stream.Collectors;
import no.vern.shared.identifier.Parsed;
import no.vern.shared.identifier.Reason;
import no.vern.subject.domain.SubjectCipher;

/** An identifier after normalisation, with its blind index. */
record IndexedIdentifier(Identifier identifier, String normalised, byte[] blindIndex) {

  /** Throws with the reasons, never the value, when the identifier is not valid. */
  static IndexedIdentifier of(Identifier identifier, SubjectCipher cipher) {
    Parsed<String> parsed = identifier.type().normalise(identifier.value());
    if (!(parsed instanceof Parsed.Valid<String> valid)) {
      throw new IllegalArgumentException(
          "Invalid "
              + identifier.type().code()
              + ": "
              + parsed.reasons().stream().map(Reason::message).collect(Collectors.joining("; ")));
    }
    return new IndexedIdentifier(
        identifier, valid.value(), cipher.blindIndex(identifier.type(), valid.value()));
  }

  String type() {
    return identifier.type().code();
  }
}
