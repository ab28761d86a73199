package dev.clientele.playbooks.defaults.quality;

import dev.clientele.core.Clientele;
import dev.clientele.playbooks.testkit.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every scenario of the shared data through the real engine, with the built-in playbooks
 * and the standard text analyser found as a user's host would find them, and checks every
 * expectation at the end of the interaction and at each checkpoint.
 */
class ScenarioTests {

    private static Clientele engine;

    @BeforeAll
    static void buildTheEngineAsAUserWould() {
        // These tests judge what the playbooks conclude, not how fast: a loaded build machine must not
        // turn a slow first call into a skipped playbook. Speed is measured in benchmarks/.
        engine = Clientele.builder().timeBudget(Duration.ofSeconds(2)).build();
    }

    @AfterAll
    static void closeTheEngine() {
        engine.close();
    }

    @TestFactory
    Stream<DynamicNode> everyScenarioMeetsItsExpectationsAtTheEndAndAtEachCheckpoint() throws IOException {
        Path folder = SharedData.require("scenarios");
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).as("scenario files in " + folder).isNotEmpty();
        return files.stream().map(ScenarioTests::scenario);
    }

    private static DynamicNode scenario(Path file) {
        Scenario scenario = Scenario.read(file);
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest(scenario.name() + " at the end", file.toUri(),
                () -> ScenarioExpectations.check(scenario.expect(), engine.assess(scenario.interaction()))));
        for (Scenario.Checkpoint checkpoint : scenario.checkpoints()) {
            tests.add(DynamicTest.dynamicTest(scenario.name() + " as of " + checkpoint.asOf(), file.toUri(),
                    () -> ScenarioExpectations.check(checkpoint.expect(), engine.assess(scenario.asOf(checkpoint.asOf())))));
        }
        return DynamicContainer.dynamicContainer(scenario.name(), file.toUri(), tests.stream());
    }
}
