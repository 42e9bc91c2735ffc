package io.alphapulse.engine.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direction of the engine's foundation packages: {@code data -> model}, {@code orders ->
 * model}, and nothing but the JDK below that.
 */
class PackageDependenciesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(
                        "io.alphapulse.engine.model", "io.alphapulse.engine.data", "io.alphapulse.engine.orders");
    }

    @Test
    void model_dependsOnlyOnTheJdk() {
        classes()
                .that()
                .resideInAPackage("io.alphapulse.engine.model..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("io.alphapulse.engine.model..", "java..")
                .check(classes);
    }

    @Test
    void data_dependsOnlyOnModelAndTheJdk() {
        classes()
                .that()
                .resideInAPackage("io.alphapulse.engine.data..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("io.alphapulse.engine.data..", "io.alphapulse.engine.model..", "java..")
                .check(classes);
    }

    @Test
    void orders_dependsOnlyOnModelAndTheJdk() {
        classes()
                .that()
                .resideInAPackage("io.alphapulse.engine.orders..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("io.alphapulse.engine.orders..", "io.alphapulse.engine.model..", "java..")
                .check(classes);
    }
}
