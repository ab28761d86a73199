package dev.clientele.playbooks.defaults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in playbooks read their word lists from their own module's resources, wherever the
 * module runs, and other modules may read them too; a broken list stops the playbooks in
 * {@code start} and the host says which file and line.
 * Each test runs a separate copy of the host, so it talks to it through reflection.
 */
class WordListLoadingTests {

    private static final String CUES_EN = "dev/clientele/playbooks/defaults/lexicon/cues-en.tsv";
    private static final Set<String> BUILT_INS = Set.of(RecognitionPlaybook.ID, EscalationPlaybook.ID, ServicePlaybook.ID);

    @Test
    void onTheModulePathThePlaybooksReadTheirWordListsFromInsideTheirModule() throws Exception {
        Path[] entries = mainClassPath().toArray(Path[]::new);
        Configuration configuration = ModuleLayer.boot().configuration().resolve(ModuleFinder.of(entries), ModuleFinder.of(),
                Set.of("dev.clientele.core", "dev.clientele.adapter.text", "dev.clientele.playbooks.defaults"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
        Module playbooks = layer.findModule("dev.clientele.playbooks.defaults").orElseThrow();
        try (InputStream fromOutside = playbooks.getResourceAsStream(CUES_EN)) {
            assertThat(fromOutside).as("the word-list package is open, so tools in other modules can read it").isNotNull();
        }

        Class<?> clientele = layer.findLoader("dev.clientele.core").loadClass("dev.clientele.core.Clientele");
        Object builder = clientele.getMethod("builder").invoke(null);
        builder.getClass().getMethod("moduleLayer", ModuleLayer.class).invoke(builder, layer);
        try (AutoCloseable engine = (AutoCloseable) builder.getClass().getMethod("build").invoke(builder)) {
            assertThat((List<?>) clientele.getMethod("diagnostics").invoke(engine)).isEmpty();
            List<String> started = new ArrayList<>();
            for (Object loaded : (List<?>) clientele.getMethod("playbooks").invoke(engine)) {
                Object descriptor = loaded.getClass().getMethod("descriptor").invoke(loaded);
                started.add((String) descriptor.getClass().getMethod("id").invoke(descriptor));
                assertThat(loaded.getClass().getMethod("source").invoke(loaded)).isEqualTo("module " + playbooks.getName());
            }
            assertThat(started).containsExactlyInAnyOrderElementsOf(BUILT_INS);
        }
    }

    @Test
    void aMalformedWordListStopsThePlaybooksAtStartWithADiagnosticNamingFileAndLine(@TempDir Path work) throws Exception {
        Path broken = work.resolve(CUES_EN);
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "# a space where a tab belongs\nIMPATIENT\t0.6 still waiting\n");
        List<URL> urls = new ArrayList<>(List.of(work.toUri().toURL()));
        for (Path entry : mainClassPath()) {
            urls.add(entry.toUri().toURL());
        }

        // The broken copy comes first on this class path, so it hides the module's own list.
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> clientele = loader.loadClass("dev.clientele.core.Clientele");
            Object builder = clientele.getMethod("builder").invoke(null);
            try (AutoCloseable engine = (AutoCloseable) builder.getClass().getMethod("build").invoke(builder)) {
                assertThat((List<?>) clientele.getMethod("playbooks").invoke(engine)).isEmpty();
                List<String> problems = new ArrayList<>();
                for (Object diagnostic : (List<?>) clientele.getMethod("diagnostics").invoke(engine)) {
                    problems.add(diagnostic.getClass().getMethod("playbook").invoke(diagnostic) + ": "
                            + diagnostic.getClass().getMethod("problem").invoke(diagnostic));
                }
                assertThat(problems).containsExactlyInAnyOrderElementsOf(BUILT_INS.stream().map(id -> id
                        + ": start() failed: IllegalStateException: cues-en.tsv line 2: expected 3 tab-separated cells"
                        + " (SIGNAL, weight, phrase), got 2; skipped (see docs/errors.md#start-failed)").toList());
            }
        }
    }

    /** The test's class path without test classes: the main classes of this module and everything they need. */
    private static List<Path> mainClassPath() {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank() && !entry.endsWith("test-classes")) {
                entries.add(Path.of(entry));
            }
        }
        return entries;
    }
}
