package dev.clientele.core.engine;

import dev.clientele.core.Clientele;
import dev.clientele.core.LoadedPlaybook;
import dev.clientele.core.engine.fixtures.Inputs;
import dev.clientele.core.engine.fixtures.WordAnalyser;
import dev.clientele.playbooks.spi.Playbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Playbooks compiled here, outside the test's class path: one as a jar in a plugin folder, one as a
 * named module in a {@link ModuleLayer} registered only with {@code provides}.
 */
class PluginLoadingTests {

    private static final String PLAYBOOK = """
            package %1$s;

            import dev.clientele.playbooks.api.Observation;
            import dev.clientele.playbooks.api.PlaybookResult;
            import dev.clientele.playbooks.spi.Playbook;
            import dev.clientele.playbooks.spi.PlaybookDescriptor;
            import dev.clientele.playbooks.spi.PlaybookRequest;
            import java.util.Set;

            public final class Loaded implements Playbook {
                public PlaybookDescriptor descriptor() {
                    return PlaybookDescriptor.of("%2$s", "1.0", Set.of("en", "pl"), Set.of("impatient"));
                }
                public PlaybookResult assess(PlaybookRequest request) {
                    return PlaybookResult.builder().observe(Observation.of("impatient", 0.9, 0, "loaded")).build();
                }
            }
            """;

    private static final String ANALYSER = """
            package fixture.plugin;

            import dev.clientele.core.application.port.out.TextAnalyser;
            import dev.clientele.playbooks.api.AnalysedText;
            import dev.clientele.playbooks.api.TextSignals;
            import java.util.List;
            import java.util.Set;

            public final class PlainAnalyser implements TextAnalyser {
                public Set<String> languages() { return Set.of("en"); }
                public AnalysedText analyse(String text, String language) {
                    return new AnalysedText(language, text.toLowerCase(), List.of(), TextSignals.NONE);
                }
                public String detectLanguage(List<String> texts) { return "en"; }
            }
            """;

    @Test
    void everyJarInThePluginDirectoryIsLoadedAndNamedAsTheSource(@TempDir Path work) throws IOException {
        Path classes = compile(work.resolve("src"), work.resolve("classes"), Map.of(
                "fixture/jarred/Loaded.java", PLAYBOOK.formatted("fixture.jarred", "fixture.jarred")),
                List.of("-classpath", System.getProperty("java.class.path")));
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Path jar = plugins.resolve("jarred-playbook.jar");
        jar(classes, jar, Map.of("META-INF/services/" + Playbook.class.getName(), "fixture.jarred.Loaded\n"));
        Files.writeString(plugins.resolve("notes.txt"), "not a jar, ignored");

        try (Clientele clientele = Clientele.builder().pluginDirectory(plugins).allow("fixture.jarred")
                .textAnalyser(new WordAnalyser()).build()) {
            assertThat(clientele.playbooks()).singleElement().satisfies(p -> {
                assertThat(p.descriptor().id()).isEqualTo("fixture.jarred");
                assertThat(p.source()).isEqualTo(jar.toString());
            });
            assertThat(clientele.assess(Inputs.chat().customer("hello").build()).observed()).hasSize(1);
        }
    }

    @Test
    void aPlaybookRegisteredOnlyWithProvidesIsFoundOnTheModulePath(@TempDir Path work) throws Exception {
        // The host's modules and what they require, taken from wherever the build put them.
        List<Path> host = new ArrayList<>();
        for (String type : List.of(Playbook.class.getName(), Clientele.class.getName(), "jakarta.validation.Validation",
                "org.hibernate.validator.HibernateValidator", "org.jboss.logging.Logger", "com.fasterxml.classmate.TypeResolver")) {
            host.add(codeOf(Class.forName(type)));
        }
        Path module = compile(work.resolve("src"), work.resolve("fixture.plugin"), Map.of(
                "module-info.java", """
                        module fixture.plugin {
                            requires dev.clientele.core;
                            provides dev.clientele.playbooks.spi.Playbook with fixture.plugin.Loaded;
                            provides dev.clientele.core.application.port.out.TextAnalyser with fixture.plugin.PlainAnalyser;
                        }
                        """,
                "fixture/plugin/Loaded.java", PLAYBOOK.formatted("fixture.plugin", "fixture.modular"),
                "fixture/plugin/PlainAnalyser.java", ANALYSER),
                List.of("--module-path", String.join(java.io.File.pathSeparator, host.stream().map(Path::toString).toList())));
        List<Path> modulePath = new ArrayList<>(host);
        modulePath.add(module);
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolveAndBind(ModuleFinder.of(modulePath.toArray(Path[]::new)), ModuleFinder.of(), Set.of("fixture.plugin"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getSystemClassLoader());

        // The layer has its own copy of the host, so the test talks to it through reflection.
        Class<?> clientele = layer.findLoader("dev.clientele.core").loadClass(Clientele.class.getName());
        Object builder = clientele.getMethod("builder").invoke(null);
        builder.getClass().getMethod("moduleLayer", ModuleLayer.class).invoke(builder, layer);
        try (AutoCloseable engine = (AutoCloseable) builder.getClass().getMethod("build").invoke(builder)) {
            List<?> loaded = (List<?>) clientele.getMethod("playbooks").invoke(engine);
            assertThat(loaded).hasSize(1);
            Object descriptor = loaded.get(0).getClass().getMethod("descriptor").invoke(loaded.get(0));
            assertThat(descriptor.getClass().getMethod("id").invoke(descriptor)).isEqualTo("fixture.modular");
            assertThat(loaded.get(0).getClass().getMethod("source").invoke(loaded.get(0))).isEqualTo("module fixture.plugin");
            assertThat(loaded.get(0).getClass().getName()).isEqualTo(LoadedPlaybook.class.getName());
            assertThat((List<?>) clientele.getMethod("diagnostics").invoke(engine)).isEmpty();
        }
    }

    private static Path codeOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Path compile(Path sources, Path out, Map<String, String> files, List<String> options) throws IOException {
        List<String> arguments = new ArrayList<>(options);
        arguments.addAll(List.of("-d", out.toString(), "--release", "17", "-proc:none"));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = sources.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
            arguments.add(file.toString());
        }
        java.util.spi.ToolProvider javac = java.util.spi.ToolProvider.findFirst("javac").orElseThrow();
        StringWriter errors = new StringWriter();
        int status = javac.run(new PrintWriter(new StringWriter()), new PrintWriter(errors), arguments.toArray(String[]::new));
        assertThat(status).as("javac: %s", errors).isZero();
        return out;
    }

    private static void jar(Path classes, Path jar, Map<String, String> resources) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
            for (Map.Entry<String, String> r : resources.entrySet()) {
                out.putNextEntry(new JarEntry(r.getKey()));
                out.write(r.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }
}
