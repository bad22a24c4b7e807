package no.vern.dsr.systems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.vern.inventory.ConnectedSystem;
import no.vern.subject.Identifier;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import no.vern.subject.UnknownSubjectException;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identities a system needs to find the person (OpenDSR's {@code subject_identities}): read
 * from the subject register (an audited read), filtered to the types the system asks for, and kept
 * encrypted in the task until it is closed. These go to the organisation's own systems over HTTPS,
 * which is the point of the task; never into logs, events or the audit trail.
 */
@Component
class Identities {

  static final String ACTOR = "system:dsr-tasks";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<Map<String, String>>> LIST = new TypeReference<>() {};

  private final SubjectRegistry registry;
  private final TaskKeys keys;

  Identities(SubjectRegistry registry, TaskKeys keys) {
    this.registry = registry;
    this.keys = keys;
  }

  /** The person's identifiers now, as {@code [{"identity_type","identity_value"}]}. */
  List<Map<String, String>> of(SubjectId subject) {
    List<Map<String, String>> all = new ArrayList<>();
    List<Identifier> known;
    try {
      known = registry.identifiersOf(subject, ACTOR);
    } catch (UnknownSubjectException gone) {
      return all;
    }
    for (Identifier identifier : known) {
      all.add(
          Map.of("identity_type", identifier.type().code(), "identity_value", identifier.value()));
    }
    return all;
  }

  /** Those the system asks for (all when it names none). */
  static List<Map<String, String>> forSystem(
      List<Map<String, String>> all, ConnectedSystem system) {
    return all.stream()
        .filter(
            i ->
                system.identifiers().isEmpty()
                    || system.identifiers().contains(i.get("identity_type")))
        .toList();
  }

  byte[] seal(UUID owner, List<Map<String, String>> identities) {
    return keys.encrypt(owner, JSON.writeValueAsString(identities));
  }

  List<Map<String, String>> open(UUID owner, byte[] sealed) {
    return JSON.readValue(keys.decrypt(owner, sealed), LIST);
  }
}
