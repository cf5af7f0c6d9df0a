package nl.stagematch.bench.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the library, checked on the compiled classes of all three modules: the core
 * never sees the variants or the bench; the public verifier ({@code nl.stagematch.core.check})
 * never needs the solver's types, which are not exported to users; the model carries no
 * framework; the variants never see the bench; no package cycles inside the core; the packages
 * the core exports to everyone never need its internal solver (exported to the variants only);
 * the CSV import (the {@code Csv} classes of the format package) sits on top of the model and the
 * JSON documents, which never need it.
 */
class LayeringTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("nl.stagematch");
    // The rules below would hold vacuously on an empty import.
    assertTrue(classes.contain("nl.stagematch.core.check.ResultVerifier"));
    assertTrue(classes.contain("nl.stagematch.variants.Variants"));
    assertTrue(classes.contain("nl.stagematch.bench.cli.Main"));
  }

  @Test
  void theCoreNeverSeesTheVariantsOrTheBench() {
    noClasses().that().resideInAPackage("nl.stagematch.core..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("nl.stagematch.variants..", "nl.stagematch.bench..")
        .check(classes);
  }

  @Test
  void thePublicVerifierNeverNeedsTheSolversTypes() {
    noClasses().that().resideInAPackage("nl.stagematch.core.check..")
        .should().dependOnClassesThat().resideInAPackage("nl.stagematch.core.solver..")
        .check(classes);
  }

  @Test
  void theModelCarriesNoFrameworkAndNoJson() {
    noClasses().that().resideInAPackage("nl.stagematch.core.model..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml..", "nl.stagematch.core.format..",
            "nl.stagematch.core.solver..", "nl.stagematch.core.spi..")
        .check(classes);
  }

  @Test
  void theCoresExportedPackagesNeverNeedTheSolver() {
    noClasses().that().resideInAnyPackage("nl.stagematch.core.model..",
            "nl.stagematch.core.result..", "nl.stagematch.core.format..",
            "nl.stagematch.core.spi..", "nl.stagematch.core.check..")
        .should().dependOnClassesThat().resideInAPackage("nl.stagematch.core.solver..")
        .check(classes);
  }

  @Test
  void nothingInTheLibraryBelowTheImportNeedsIt() {
    noClasses().that(areNotTheCsvImport())
        .and().resideInAPackage("nl.stagematch.core..")
        .should().dependOnClassesThat(areTheCsvImport())
        .check(classes);
    noClasses().that().resideInAPackage("nl.stagematch.variants..")
        .should().dependOnClassesThat(areTheCsvImport())
        .check(classes);
  }

  /** The CSV import and export: the classes of the format package whose names begin with Csv. */
  private static DescribedPredicate<JavaClass> areTheCsvImport() {
    return DescribedPredicate.describe("the CSV import of nl.stagematch.core.format",
        c -> c.getPackageName().equals("nl.stagematch.core.format")
            && (c.getSimpleName().startsWith("Csv") || c.getName().contains(".Csv")
                || isOrIsIn(c, "ImportOptions") || isOrIsIn(c, "PseudonymKey")));
  }

  /** Whether {@code c} is the format package's class {@code name} or one nested in it. */
  private static boolean isOrIsIn(JavaClass c, String name) {
    String top = "nl.stagematch.core.format." + name;
    return c.getName().equals(top) || c.getName().startsWith(top + "$");
  }

  private static DescribedPredicate<JavaClass> areNotTheCsvImport() {
    return DescribedPredicate.not(areTheCsvImport());
  }

  @Test
  void theVariantsNeverSeeTheBench() {
    noClasses().that().resideInAPackage("nl.stagematch.variants..")
        .should().dependOnClassesThat().resideInAPackage("nl.stagematch.bench..")
        .check(classes);
  }

  @Test
  void noLibraryCodeUsesGuava() {
    noClasses().that().resideInAnyPackage("nl.stagematch.core..", "nl.stagematch.variants..")
        .should().dependOnClassesThat().resideInAPackage("com.google.common..")
        .check(classes);
  }

  @Test
  void theCorePackagesFormNoCycle() {
    slices().matching("nl.stagematch.core.(*)..").should().beFreeOfCycles().check(classes);
  }
}
