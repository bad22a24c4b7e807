package no.vern.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds what the modules contribute by implementing a shared interface: audit actions, problem
 * types, advisory lock keys, command-line verbs. A new module adds its own enum or class and
 * nothing else; no central list names it, and the collectors check at start that codes do not
 * collide.
 *
 * <p>Only top-level types count (a test may declare nested ones to provoke a clash). Scans the
 * {@code no.vern} class files (not Spring beans), so it also works before Spring starts
 * (command-line verbs) and in plain unit tests.
 */
public final class Contributions {

  private static final String ROOT = "no.vern";

  private Contributions() {}

  /** Every concrete class under {@code no.vern} that implements {@code type}, sorted by name. */
  public static <T> List<Class<? extends T>> typesImplementing(Class<T> type) {
    var scanner =
        new ClassPathScanningCandidateComponentProvider(false) {
          @Override
          protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
            var metadata = definition.getMetadata();
            return metadata.isIndependent()
                && !metadata.hasEnclosingClass()
                && metadata.isConcrete();
          }
        };
    scanner.addIncludeFilter(new AssignableTypeFilter(type));
    List<Class<? extends T>> found = new ArrayList<>();
    ClassLoader loader = type.getClassLoader();
    for (var candidate : scanner.findCandidateComponents(ROOT)) {
      found.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), loader).asSubclass(type));
    }
    found.sort(Comparator.comparing(Class::getName));
    return found;
  }

  /** Every constant of every enum under {@code no.vern} that implements {@code type}. */
  public static <T> List<T> enumConstantsImplementing(Class<T> type) {
    return typesImplementing(type).stream()
        .filter(Class::isEnum)
        .flatMap(c -> Arrays.stream(c.getEnumConstants()))
        .map(type::cast)
        .toList();
  }
}
