package no.vern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The house rules of DESIGN.md that the compiler cannot check. */
class ArchitectureTests {

  private static final JavaClasses VERN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("no.vern");

  @Test
  void domainPackagesStayFreeOfSpringAndPersistence() {
    noClasses()
        .that()
        .resideInAPackage("no.vern..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "jakarta.servlet..", "java.sql..", "javax.sql..")
        .allowEmptyShould(true)
        .check(VERN);
  }

  @Test
  void timeComesFromTheClockBean() {
    noClasses()
        .should()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.LocalDateTime.class, "now")
        .orShould()
        .callMethod(java.time.OffsetDateTime.class, "now")
        .orShould()
        .callMethod(java.time.ZonedDateTime.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .because("every deadline and expiry must be testable at any instant (DESIGN.md)")
        .check(VERN);
  }

  @Test
  void timedWorkGoesThroughTheOneScheduler() {
    noMethods()
        .should()
        .beAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
        .because(
            "a @Scheduled method runs on every instance and leaves no trace on the tasks page;"
                + " register a TimedWork task instead (docs/scheduling.md)")
        .check(VERN);
  }

  @Test
  void webControllersAreNamedForTheirZone() {
    classes()
        .that()
        .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
        .should()
        .haveSimpleNameEndingWith("ApiController")
        .orShould()
        .haveSimpleNameEndingWith("PublicController")
        .allowEmptyShould(true)
        .check(VERN);
  }

  @Test
  void nothingLogsThroughStandardStreams() {
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .because(
            "logs go through SLF4J so they are structured and free of personal data;"
                + " only command-line verbs print to the terminal")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.vern")
                .that(
                    com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameContaining(
                            "Command"))));
  }
}
