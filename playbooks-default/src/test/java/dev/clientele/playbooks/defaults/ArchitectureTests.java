package dev.clientele.playbooks.defaults;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.clientele.playbooks.spi.Playbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ServiceLoader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The default playbooks are a plugin like any vendor's: they see the published SPI and nothing of the host. */
class ArchitectureTests {

    private static JavaClasses main;

    @BeforeAll
    static void importTheMainClasses() {
        // Builds write to target-<name>/ folders, which the predefined "no tests" option does not recognise.
        ImportOption mainOnly = location -> !location.contains("/test-classes/") && !location.contains("-tests.jar");
        main = new ClassFileImporter().withImportOption(mainOnly).importPackages("dev.clientele.playbooks.defaults");
        assertThat(main).as("main classes imported").isNotEmpty();
    }

    /** Purity: nothing from the host's core or its adapters. */
    static final ArchRule NOT_THE_HOST = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("dev.clientele.core..", "dev.clientele.adapter..")
            .because("a playbook talks to the host only through the published SPI");

    /** Purity: the JDK, the SPI and this module only. */
    static final ArchRule ONLY_JDK_AND_SPI = classes().should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "dev.clientele.playbooks.api..", "dev.clientele.playbooks.spi..",
                    "dev.clientele.playbooks.defaults..")
            .because("playbooks-default depends on playbooks-api only");

    /** Hygiene: no console output and no java.util.logging in a library. */
    static final ArchRule NO_CONSOLE = noClasses().should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().dependOnClassesThat().resideInAPackage("java.util.logging..");

    /** Surface: the only public classes of the exported package are the registered playbooks. */
    static final ArchRule ONLY_PLAYBOOKS_PUBLIC = classes().that().resideInAPackage("dev.clientele.playbooks.defaults")
            .and().arePublic().should().implement(Playbook.class);

    @Test
    void mainClassesDoNotDependOnTheHostCoreOrAdapters() {
        NOT_THE_HOST.check(main);
    }

    @Test
    void mainClassesDependOnlyOnTheJdkTheSpiAndThisModule() {
        ONLY_JDK_AND_SPI.check(main);
    }

    @Test
    void mainClassesNeitherPrintNorUseJavaUtilLogging() {
        NO_CONSOLE.check(main);
    }

    @Test
    void theExportedPackageOffersNothingButThePlaybooks() {
        ONLY_PLAYBOOKS_PUBLIC.check(main);
    }

    @Test
    void serviceLoaderFindsAllThreeBuiltInPlaybooksWithReservedIds() {
        assertThat(ServiceLoader.load(Playbook.class).stream().map(p -> p.get().descriptor().id()))
                .contains(RecognitionPlaybook.ID, EscalationPlaybook.ID, ServicePlaybook.ID)
                .allMatch(id -> !id.startsWith("clientele-") || id.matches("clientele-(recognition|escalation|service)"));
    }
}
