package no.vern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.vern.shared.DomainEvent;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.EventListener;

/**
 * Events carry ids and codes only (DESIGN.md): the event publication registry stores them as JSON
 * in the database, and listeners may log them. Anything a listener takes is a {@link DomainEvent}
 * (or one of Spring's own events), and every {@code DomainEvent} in Vern holds only typed ids,
 * enums, numbers, booleans, instants and dates, and the strings named below as codes.
 */
class EventPayloadTests {

  /**
   * String components that hold codes from the inventory or fixed vocabularies, never a person's.
   */
  static final Map<String, Set<String>> CODES =
      Map.of(
          // The consent purpose's code from the inventory, e.g. "newsletter".
          "no.vern.consent.ConsentChanged",
          Set.of("purpose"),
          // Form id, activity and purpose codes from the inventory; language is "nb" or "en".
          "no.vern.intake.NewsletterSignupRequested",
          Set.of("formId", "activity", "consentPurpose", "language"),
          // The activity's code from the inventory.
          "no.vern.retention.RecordsErased",
          Set.of("activity"),
          // A request's step and state codes, fixed vocabularies (dsr.domain.Step, RequestState).
          "no.vern.dsr.RequestChanged",
          Set.of("step", "state"),
          // A fixed change code, activity codes and the names (never values) of corrected fields.
          "no.vern.dsr.SubjectDataChanged",
          Set.of("change", "activities", "fields"));

  private static final Set<Class<?>> PLAIN =
      Set.of(
          boolean.class,
          int.class,
          long.class,
          Boolean.class,
          Integer.class,
          Long.class,
          Instant.class,
          LocalDate.class);

  private static final JavaClasses VERN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("no.vern");

  @Test
  void everyEventInVernCarriesIdsAndCodesOnly() throws Exception {
    List<JavaClass> events =
        VERN.stream().filter(c -> c.isAssignableTo(DomainEvent.class)).toList();
    assertThat(events).as("the events found").hasSizeGreaterThanOrEqualTo(8);
    for (JavaClass event : events) {
      assertThat(violations(event.reflect())).as(event.getName()).isEmpty();
    }
  }

  @Test
  void everyListenerTakesADomainEventOrASpringEvent() {
    listenersTakeDomainEvents().check(VERN);
  }

  @Test
  void anEventWithAnAddressAFreeTextOrABareStringIsRejected() {
    assertThat(violations(LeakyEvent.class))
        .containsExactlyInAnyOrder(
            "note: a String that is not a named code",
            "address: no.vern.shared.identifier.EmailAddress is an identifier value",
            "extra: java.util.Map is not an id, code, number or instant",
            "anything: java.lang.Object is not an id, code, number or instant",
            "raw: byte[] is not an id, code, number or instant",
            "addresses: a list of neither named codes nor typed ids");
    assertThat(violations(FineEvent.class)).isEmpty();
  }

  @Test
  void aListenerOnATypeThatIsNoDomainEventIsRejected() {
    JavaClasses withTestListener =
        new ClassFileImporter().importClasses(LeakyListener.class, FineEvent.class);
    String report =
        listenersTakeDomainEvents().evaluate(withTestListener).getFailureReport().toString();
    assertThat(report).contains("LeakyListener.leaky(java.lang.String)").doesNotContain("fine(");
  }

  static List<String> violations(Class<?> event) {
    List<String> found = new ArrayList<>();
    if (event.isInterface() || Modifier.isAbstract(event.getModifiers())) {
      return found;
    }
    Set<String> codes = codesOf(event);
    if (event.isRecord()) {
      for (RecordComponent c : event.getRecordComponents()) {
        check(c.getName(), c.getType(), c.getGenericType(), codes, found);
      }
    } else {
      for (Field f : event.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          check(f.getName(), f.getType(), f.getGenericType(), codes, found);
        }
      }
    }
    return found;
  }

  private static Set<String> codesOf(Class<?> event) {
    Set<String> codes = new java.util.HashSet<>(CODES.getOrDefault(event.getName(), Set.of()));
    for (Type parent : event.getGenericInterfaces()) {
      codes.addAll(CODES.getOrDefault(parent.getTypeName(), Set.of()));
    }
    return codes;
  }

  private static void check(
      String name, Class<?> type, Type generic, Set<String> codes, List<String> found) {
    if (type == List.class && isListOfTypedIds(generic)) {
      return;
    }
    if (type == String.class || type == List.class) {
      // A list is allowed only as a list of named codes (the record's constructor copies it).
      if (!codes.contains(name)) {
        found.add(
            name
                + (type == List.class
                    ? ": a list of neither named codes nor typed ids"
                    : ": a String that is not a named code"));
      }
    } else if (type.getPackageName().startsWith("no.vern.shared.identifier")) {
      found.add(name + ": " + type.getName() + " is an identifier value");
    } else if (!PLAIN.contains(type) && !type.isEnum() && !isTypedId(type)) {
      found.add(name + ": " + type.getTypeName() + " is not an id, code, number or instant");
    }
  }

  /** A list of typed ids, such as the people of one sweep batch. */
  private static boolean isListOfTypedIds(Type generic) {
    return generic instanceof ParameterizedType list
        && list.getActualTypeArguments()[0] instanceof Class<?> element
        && isTypedId(element);
  }

  /** A record of Vern's with one UUID in it, such as {@code SubjectId}. */
  private static boolean isTypedId(Class<?> type) {
    return type.isRecord()
        && type.getPackageName().startsWith("no.vern")
        && type.getRecordComponents().length == 1
        && type.getRecordComponents()[0].getType() == UUID.class;
  }

  private static ArchRule listenersTakeDomainEvents() {
    return methods()
        .that()
        .areMetaAnnotatedWith(EventListener.class)
        .or()
        .areAnnotatedWith(EventListener.class)
        .should(
            new ArchCondition<JavaMethod>("take a DomainEvent or one of Spring's events") {
              @Override
              public void check(JavaMethod method, ConditionEvents events) {
                for (JavaClass parameter : method.getRawParameterTypes()) {
                  boolean fine =
                      parameter.isAssignableTo(DomainEvent.class)
                          || parameter.isAssignableTo(ApplicationEvent.class);
                  events.add(
                      new SimpleConditionEvent(
                          method, fine, method.getFullName() + " takes " + parameter.getName()));
                }
              }
            })
        .because("only ids and codes may travel in events and into event_publication");
  }

  /** What the rule must refuse: an address, free text, a map, anything, bytes, addresses. */
  record LeakyEvent(
      no.vern.subject.SubjectId subject,
      String note,
      no.vern.shared.identifier.EmailAddress address,
      Map<String, String> extra,
      Object anything,
      byte[] raw,
      List<no.vern.shared.identifier.EmailAddress> addresses)
      implements DomainEvent {}

  /** What the rule must let through. */
  record FineEvent(
      no.vern.subject.SubjectId subject,
      Instant at,
      int count,
      Thread.State state,
      List<no.vern.subject.SubjectId> people)
      implements DomainEvent {}

  /** A module listener on a bare String, found through the annotation's meta-annotations. */
  static class LeakyListener {
    @org.springframework.modulith.events.ApplicationModuleListener
    void leaky(String anything) {}

    @EventListener
    void fine(FineEvent event) {}
  }
}
