package dev.clientele.adapter.text;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class TextAnalysisArchitectureTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            // The predefined test filter expects "target/test-classes"; builds here may use another output folder.
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("dev.clientele.adapter.text");

    /** The public surface is the analyser alone; everything else lives in the unexported internal package. */
    static final ArchRule ONLY_THE_ANALYSER_IS_PUBLIC_OUTSIDE_INTERNAL = classes()
            .that().resideInAPackage("dev.clientele.adapter.text")
            .and().arePublic()
            .should().haveSimpleName("StandardTextAnalyser");

    /** The libraries stay behind the port: only the internal package touches Morfologik and OpenNLP. */
    static final ArchRule LIBRARIES_ONLY_INSIDE_INTERNAL = noClasses()
            .that().resideOutsideOfPackage("dev.clientele.adapter.text.internal..")
            .should().dependOnClassesThat().resideInAnyPackage("morfologik..", "opennlp..");

    /** An adapter never prints or logs through the JDK logger; the host decides what users see. */
    static final ArchRule NO_CONSOLE_OR_JDK_LOGGING = noClasses()
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().dependOnClassesThat().resideInAPackage("java.util.logging..");

    @Test
    void onlyTheAnalyserIsPublicOutsideInternal() {
        ONLY_THE_ANALYSER_IS_PUBLIC_OUTSIDE_INTERNAL.check(MAIN);
    }

    @Test
    void librariesStayInsideInternal() {
        LIBRARIES_ONLY_INSIDE_INTERNAL.check(MAIN);
    }

    @Test
    void nothingPrintsOrLogsThroughTheJdk() {
        NO_CONSOLE_OR_JDK_LOGGING.check(MAIN);
    }
}
