package dev.clientele.core.engine;

import dev.clientele.core.application.port.in.Diagnostic;
import dev.clientele.core.application.port.out.PlaybookCatalog;
import dev.clientele.core.internal.engine.PlaybookDiscovery;
import dev.clientele.playbooks.spi.ApiVersion;
import dev.clientele.playbooks.spi.PlaybookDescriptor;
import fixture.broken.DuplicateIdFirst;
import fixture.broken.DuplicateIdSecond;
import fixture.broken.WrongApiVersion;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Discovery on the class path, through the test's {@code META-INF/services} file of broken providers. */
class PlaybookDiscoveryTests {

    private static PlaybookCatalog.Contents classPath() {
        return PlaybookDiscovery.serviceLoader(PlaybookDiscoveryTests.class.getClassLoader(), Set.of(), Set.of()).contents();
    }

    private static Diagnostic problemOf(PlaybookCatalog.Contents contents, String playbook) {
        return contents.problems().stream().filter(d -> d.playbook().equals(playbook)).findFirst().orElseThrow();
    }

    @Test
    void aProviderWhoseConstructorThrowsIsSkippedAndReportedWithItsCause() {
        Diagnostic d = problemOf(classPath(), "fixture.broken.ThrowsInConstructor");
        assertThat(d.problem()).contains("could not be instantiated", "IllegalStateException: licence file missing")
                .endsWith("(see docs/errors.md#provider-failed)");
    }

    @Test
    void aMissingProviderClassIsReportedAndTheProvidersAfterItStillLoad() {
        PlaybookCatalog.Contents contents = classPath();
        assertThat(problemOf(contents, "fixture.broken.NoSuchPlaybookClass").problem())
                .contains("could not be loaded").endsWith("#provider-failed)");
        assertThat(contents.playbooks()).extracting(e -> e.descriptor().id())
                .containsExactly("fixture.duplicate", "fixture.returns-null");
    }

    @Test
    void aPlaybookBuiltAgainstAnotherMajorVersionIsRefusedWithALinkToTheExplanation() {
        assertThat(problemOf(classPath(), "fixture.wrong-api").problem())
                .isEqualTo("built against playbook API 2.0 but this host runs 1.0 and accepts 1.0 to 1.0; refused "
                        + "(see docs/errors.md#incompatible-api-version)");
    }

    @Test
    void aNewerMinorHostRunsOlderPlaybooksButAnOlderHostRefusesNewerOnes() {
        var playbook = new dev.clientele.core.engine.fixtures.KeywordPlaybook(new PlaybookDescriptor("fixture.minor", "1",
                new ApiVersion(1, 1), Set.of("en"), Set.of(), Set.of(), 50), "x", "impatient", 0.5);
        PlaybookDiscovery discovery = PlaybookDiscovery.instances(List.of(playbook), Set.of(), Set.of());

        assertThat(discovery.asHost(new ApiVersion(1, 2)).contents().playbooks()).hasSize(1);
        assertThat(discovery.asHost(new ApiVersion(1, 0)).contents().problems()).singleElement()
                .satisfies(d -> assertThat(d.problem()).contains("incompatible-api-version"));
    }

    @Test
    void onlyBuiltInClassesMayUseTheReservedPrefix() {
        assertThat(problemOf(classPath(), "clientele-impostor").problem())
                .contains("reserved prefix clientele-", "fixture.broken.ClaimsReservedId").endsWith("#reserved-id)");
        var builtInLooking = dev.clientele.core.engine.fixtures.KeywordPlaybook.of("clientele-test", "x", "impatient", 0.5);
        assertThat(PlaybookDiscovery.instances(List.of(builtInLooking), Set.of(), Set.of()).contents().playbooks())
                .as("a class in dev.clientele. may").hasSize(1);
    }

    @Test
    void ofTwoPlaybooksWithOneIdTheFirstByClassNameIsKeptWhateverTheDiscoveryOrder() {
        for (var order : List.of(List.of(new DuplicateIdFirst(), new DuplicateIdSecond()),
                List.of(new DuplicateIdSecond(), new DuplicateIdFirst()))) {
            PlaybookCatalog.Contents contents = PlaybookDiscovery.instances(order, Set.of(), Set.of()).contents();
            assertThat(contents.playbooks()).singleElement()
                    .satisfies(e -> assertThat(e.playbook()).isInstanceOf(DuplicateIdFirst.class));
            assertThat(contents.problems()).singleElement().satisfies(d -> assertThat(d.problem())
                    .startsWith("also provided by fixture.broken.DuplicateIdSecond").endsWith("#duplicate-id)"));
        }
        // The services file lists Second before First; class-path discovery keeps First as well.
        assertThat(classPath().playbooks()).filteredOn(e -> e.descriptor().id().equals("fixture.duplicate"))
                .singleElement().satisfies(e -> assertThat(e.playbook()).isInstanceOf(DuplicateIdFirst.class));
    }

    @Test
    void theAllowListKeepsOnlyTheNamedPlaybooksAndTheDenyListRemovesThem() {
        ClassLoader loader = PlaybookDiscoveryTests.class.getClassLoader();
        assertThat(PlaybookDiscovery.serviceLoader(loader, Set.of("fixture.returns-null"), Set.of()).contents().playbooks())
                .extracting(e -> e.descriptor().id()).containsExactly("fixture.returns-null");
        assertThat(PlaybookDiscovery.serviceLoader(loader, Set.of(), Set.of("fixture.returns-null")).contents().playbooks())
                .extracting(e -> e.descriptor().id()).containsExactly("fixture.duplicate");
    }

    @Test
    void aPlaybookFromAFolderOfClassesComesFromTheClassPath() {
        assertThat(classPath().playbooks()).allSatisfy(e -> assertThat(e.source()).isEqualTo("class path"));
        assertThat(PlaybookDiscovery.instances(List.of(new WrongApiVersion()), Set.of(), Set.of()).contents().problems())
                .singleElement().satisfies(d -> assertThat(d.playbook()).isEqualTo("fixture.wrong-api"));
    }

    @Test
    void problemsAreSortedByPlaybookThenProblemSoThatTheyNeverDependOnDiscoveryOrder() {
        List<Diagnostic> problems = classPath().problems();
        assertThat(problems).isSortedAccordingTo(java.util.Comparator.comparing(Diagnostic::playbook)
                .thenComparing(Diagnostic::problem));
        assertThat(problems).extracting(Diagnostic::playbook).containsExactly("clientele-impostor", "fixture.broken.NoSuchPlaybookClass",
                "fixture.broken.ThrowsInConstructor", "fixture.duplicate", "fixture.wrong-api");
    }
}
