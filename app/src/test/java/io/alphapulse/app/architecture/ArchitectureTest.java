package io.alphapulse.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Module direction (ARCHITECTURE.md §1) over every AlphaPulse class on the application's classpath. */
class ArchitectureTest {

    private static JavaClasses alphapulse;

    @BeforeAll
    static void importAll() {
        alphapulse = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.alphapulse");
    }

    @Test
    void engine_doesNotDependOnTheOuterModules() {
        noClasses()
                .that()
                .resideInAPackage("io.alphapulse.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.alphapulse.adapters..", "io.alphapulse.infra..", "io.alphapulse.app..")
                .check(alphapulse);
    }

    @Test
    void adapters_neverTouchTheDatabase() {
        noClasses()
                .that()
                .resideInAPackage("io.alphapulse.adapters..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "io.alphapulse.infra..", "io.alphapulse.app..")
                .because("adapters talk to the outside world; what we store is infra's business")
                // The venue adapters arrive with their own issue; until then this rule guards an empty module.
                .allowEmptyShould(true)
                .check(alphapulse);
    }

    @Test
    void infra_doesNotDependOnAdaptersOrTheApplication() {
        noClasses()
                .that()
                .resideInAPackage("io.alphapulse.infra..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.alphapulse.adapters..", "io.alphapulse.app..")
                .allowEmptyShould(true)
                .check(alphapulse);
    }

    @Test
    void packages_areFreeOfCycles() {
        slices().matching("io.alphapulse.(**)").should().beFreeOfCycles().check(alphapulse);
    }
}
