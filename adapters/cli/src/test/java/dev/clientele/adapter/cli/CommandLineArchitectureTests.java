package dev.clientele.adapter.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The adapters stay thin and keep their surfaces small. */
class CommandLineArchitectureTests {

    private static final JavaClasses ADAPTERS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.clientele.adapter.cli", "dev.clientele.adapter.json");

    /** Only the entry point touches the process's streams; commands print through picocli's writers so tests can capture them. */
    static final ArchRule ONLY_MAIN_USES_THE_PROCESS_STREAMS = noClasses()
            .that().doNotHaveFullyQualifiedName(Main.class.getName())
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(System.class, "exit", int.class);

    static final ArchRule NO_JAVA_UTIL_LOGGING = noClasses()
            .should().dependOnClassesThat().resideInAPackage("java.util.logging..");

    /** The contract adapter knows nothing of the command line. */
    static final ArchRule JSON_DOES_NOT_KNOW_THE_COMMAND_LINE = noClasses()
            .that().resideInAPackage("dev.clientele.adapter.json..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.clientele.adapter.cli..", "picocli..");

    /** Commands are reached through {@link Main}, not called as a Java API. */
    static final ArchRule COMMANDS_ARE_NOT_PUBLIC = classes()
            .that().resideInAPackage("dev.clientele.adapter.cli")
            .and().haveSimpleNameEndingWith("Command")
            .should().notBePublic();

    /** Adapters stay thin: no playbook logic, no domain model. */
    static final ArchRule NO_DOMAIN_MODEL_IN_ADAPTERS = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("dev.clientele.core.domain..",
                    "dev.clientele.core.internal..", "dev.clientele.playbooks.defaults..");

    @Test
    void onlyMainUsesTheProcessStreams() {
        ONLY_MAIN_USES_THE_PROCESS_STREAMS.check(ADAPTERS);
    }

    @Test
    void noJavaUtilLogging() {
        NO_JAVA_UTIL_LOGGING.check(ADAPTERS);
    }

    @Test
    void theJsonAdapterDoesNotKnowTheCommandLine() {
        JSON_DOES_NOT_KNOW_THE_COMMAND_LINE.check(ADAPTERS);
    }

    @Test
    void commandsAreNotPublic() {
        COMMANDS_ARE_NOT_PUBLIC.check(ADAPTERS);
    }

    @Test
    void adaptersHoldNoDomainLogic() {
        NO_DOMAIN_MODEL_IN_ADAPTERS.check(ADAPTERS);
    }
}
