package dev.clientele.playbooks;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.clientele.playbooks.api.Api;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/** The published SPI states its stability on every public type and depends on the JDK only. */
class ApiStatusArchitectureTests {

    // The two published packages by name: the tests live outside them, and ArchUnit's test filter
    // expects Maven's default target folder, which parallel builds here do not use.
    private static final JavaClasses API = new ClassFileImporter()
            .importPackages("dev.clientele.playbooks.api", "dev.clientele.playbooks.spi");

    /**
     * The one named exception: {@code Api.Status} is the annotation's own member type; it is
     * documented and versioned with {@code @Api} itself, and annotating it would be circular.
     */
    private static final DescribedPredicate<JavaClass> ANNOTATION_MEMBER =
            DescribedPredicate.describe("the member enum of @Api", c -> c.isEquivalentTo(Api.Status.class));

    static final ArchRule EVERY_PUBLIC_TYPE_HAS_AN_API_STATUS = classes()
            .that().arePublic().and(DescribedPredicate.not(ANNOTATION_MEMBER))
            .should().beAnnotatedWith(Api.class)
            .because("docs/api-evolution.md promises a status for every public type of the SPI");

    static final ArchRule DEPENDS_ON_THE_JDK_ONLY = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.clientele.playbooks..")
            .because("plugins compile against this module alone (ADR 0003)");

    @Test
    void everyPublicTypeCarriesItsApiStatus() {
        EVERY_PUBLIC_TYPE_HAS_AN_API_STATUS.check(API);
    }

    @Test
    void theModuleDependsOnTheJdkOnly() {
        DEPENDS_ON_THE_JDK_ONLY.check(API);
    }

    @Test
    void theRulesSeeTheWholeApiIncludingNestedTypes() {
        assertThat(API.stream().filter(c -> c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)).map(JavaClass::getSimpleName))
                .contains("Playbook", "PlaybookDescriptor", "InteractionView", "Kind", "Builder")
                .hasSizeGreaterThan(30);
    }
}
