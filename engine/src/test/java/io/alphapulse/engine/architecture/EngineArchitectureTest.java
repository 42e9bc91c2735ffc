package io.alphapulse.engine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine is the plain-JDK trading core: no framework, no I/O library, no package cycles. */
class EngineArchitectureTest {

    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.alphapulse.engine");
    }

    @Test
    void engine_dependsOnNothingOutsideTheJdk() {
        classes()
                .that()
                .resideInAPackage("io.alphapulse.engine..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.alphapulse.engine..")
                .because("the engine runs the same in backtests and live trading and must stay framework-free "
                        + "(ARCHITECTURE.md §1)")
                .check(engine);
    }

    @Test
    void engine_avoidsJdkIoAndDatabaseApis() {
        classes()
                .that()
                .resideInAPackage("io.alphapulse.engine..")
                .should()
                .onlyDependOnClassesThat()
                .resideOutsideOfPackages("java.sql..", "java.net..", "java.nio.channels..", "java.net.http..")
                .because("network and database I/O belong to adapters and infra, never to the kernel thread")
                .check(engine);
    }

    @Test
    void enginePackages_areFreeOfCycles() {
        slices().matching("io.alphapulse.engine.(*)..")
                .should()
                .beFreeOfCycles()
                .check(engine);
    }
}
