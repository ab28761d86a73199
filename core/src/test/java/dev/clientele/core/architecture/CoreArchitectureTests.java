package dev.clientele.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core's architecture rules, as named fields grouped by intent, checked against the production
 * classes; {@link #theRulesReportExactlyTheFixturesDeliberateViolations()} proves that each one bites.
 */
class CoreArchitectureTests {

    // Purity: the domain is plain Java plus the published value types plugins see.
    static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_THE_PLAYBOOKS_API = classes()
            .that().resideInAPackage("..core..domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..core..domain..", "dev.clientele.playbooks.api..")
            .because("the domain must stay free of frameworks and of the application around it");

    static final ArchRule NO_BEAN_VALIDATION_IN_THE_DOMAIN = noClasses()
            .that().resideInAPackage("..core..domain..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.validation..")
            .because("Bean Validation belongs to the boundary; domain records enforce invariants in their constructors");

    // Structure: the hexagon's inner rings never reach outwards.
    static final ArchRule PORTS_DO_NOT_DEPEND_ON_INTERNALS = noClasses()
            .that().resideInAPackage("..application.port..")
            .should().dependOnClassesThat().resideInAnyPackage("..application.internal..", "dev.clientele.core.internal..")
            .because("ports are the published boundary; internals may change at any time");

    // Hygiene.
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.clientele.core.(**)").should().beFreeOfCycles();

    static final ArchRule NO_SYSTEM_OUT = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("only the command-line adapter talks to the console");

    // Stricter than GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING, which only sees Logger fields.
    static final ArchRule NO_JAVA_UTIL_LOGGING = noClasses()
            .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
            .because("the core reports problems as values and diagnostics, never through java.util.logging");

    private static final List<ArchRule> ALL = List.of(DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_THE_PLAYBOOKS_API,
            NO_BEAN_VALIDATION_IN_THE_DOMAIN, PORTS_DO_NOT_DEPEND_ON_INTERNALS, NO_PACKAGE_CYCLES, NO_SYSTEM_OUT,
            NO_JAVA_UTIL_LOGGING);

    // Builds may use another output folder than target/, so test classes are recognised by their folder's name.
    private static final ImportOption PRODUCTION_ONLY = location -> !location.contains("/test-classes/");

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(PRODUCTION_ONLY)
            .importPackages("dev.clientele.core");

    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("dev.clientele.core.archfixture");

    @Test
    void theCoreKeepsEveryArchitectureRule() {
        assertThat(CORE.contain("dev.clientele.core.domain.interaction.Interaction")).isTrue();
        assertThat(CORE.contain("dev.clientele.core.archfixture.domain.TaintedCustomer")).isFalse();
        for (ArchRule rule : ALL) {
            rule.check(CORE);
        }
    }

    @Test
    void theRulesReportExactlyTheFixturesDeliberateViolations() {
        String tainted = "dev.clientele.core.archfixture.domain.TaintedCustomer";
        String notBlank = "jakarta.validation.constraints.NotBlank";
        List<String> beanValidation = List.of(
                "Field <" + tainted + ".name> is annotated with <" + notBlank + "> in (TaintedCustomer.java:0)",
                "Method <" + tainted + ".name()> is annotated with <" + notBlank + "> in (TaintedCustomer.java:0)",
                "Parameter <java.lang.String> of constructor <" + tainted + ".<init>(java.lang.String)> is annotated with <"
                        + notBlank + "> in (TaintedCustomer.java:0)");
        String greet = tainted + ".greet(dev.clientele.core.archfixture.application.CustomerDesk)";

        assertThat(violators(DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_THE_PLAYBOOKS_API)).containsExactlyInAnyOrder(
                beanValidation.get(0), beanValidation.get(1), beanValidation.get(2),
                "Method <" + greet + "> has parameter of type <dev.clientele.core.archfixture.application.CustomerDesk>"
                        + " in (TaintedCustomer.java:0)");
        assertThat(violators(NO_BEAN_VALIDATION_IN_THE_DOMAIN)).containsExactlyInAnyOrderElementsOf(beanValidation);
        assertThat(violators(NO_PACKAGE_CYCLES)).singleElement().satisfies(cycle -> assertThat(cycle)
                .startsWith("Cycle detected: Slice archfixture.application -> ")
                .contains("Slice archfixture.domain"));
        assertThat(violators(NO_SYSTEM_OUT)).containsExactly(
                "Method <" + greet + "> gets field <java.lang.System.out> in (TaintedCustomer.java:13)");
        assertThat(violators(NO_JAVA_UTIL_LOGGING)).isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("Method <" + greet + ">").contains("java.util.logging.Logger"));
        assertThat(violators(PORTS_DO_NOT_DEPEND_ON_INTERNALS)).containsExactly(
                "Method <dev.clientele.core.archfixture.application.port.LeakyPort.rule()> has return type"
                        + " <dev.clientele.core.archfixture.application.internal.HiddenRule> in (LeakyPort.java:0)");
    }

    private static List<String> violators(ArchRule rule) {
        EvaluationResult result = rule.allowEmptyShould(true).evaluate(FIXTURE);
        return result.getFailureReport().getDetails();
    }
}
