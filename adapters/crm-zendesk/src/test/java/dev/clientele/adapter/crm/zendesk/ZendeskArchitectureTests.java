package dev.clientele.adapter.crm.zendesk;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

@AnalyzeClasses(packages = "dev.clientele.adapter.crm.zendesk", importOptions = ZendeskArchitectureTests.MainClassesOnly.class)
class ZendeskArchitectureTests {

    /** Structure: an importer is a thin adapter that only produces the core's boundary records. */
    @ArchTest
    static final ArchRule usesOnlyTheBoundaryOfTheCore = classes().should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "com.fasterxml.jackson..", "dev.clientele.adapter.crm.zendesk..",
                    "dev.clientele.adapter.json.imports..", "dev.clientele.core.application.port.in..");

    /** Structure: the reading and mapping never reach back to the entry point that configures them. */
    @ArchTest
    static final ArchRule internalsDoNotDependOnTheEntryPoint = noClasses()
            .that().resideInAPackage("dev.clientele.adapter.crm.zendesk.internal..")
            .should().dependOnClassesThat().resideInAPackage("dev.clientele.adapter.crm.zendesk");

    /** Hygiene: problems go into the result, never to a console. */
    @ArchTest
    static final ArchRule printsNothing = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    /**
     * The build may write to {@code target-<name>/test-classes} (see {@code clientele.out}), which
     * ArchUnit's own {@code DoNotIncludeTests} does not recognise.
     */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }
}
