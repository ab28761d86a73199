package dev.clientele.adapter.text;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyser as a named module: its descriptor's {@code requires} name the real module names of
 * Morfologik and OpenNLP, its {@code provides} is found through a module layer, and the Polish
 * dictionary loads from inside its module.
 */
class ModulePathTests {

    @Test
    void aModuleLayerFindsTheAnalyserAndItLemmatisesPolish() throws Exception {
        Path[] entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.isBlank() && !e.endsWith("test-classes"))
                .map(Path::of)
                .toArray(Path[]::new);
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolve(ModuleFinder.of(entries), ModuleFinder.of(), Set.of("dev.clientele.adapter.text"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());

        Class<?> port = layer.findLoader("dev.clientele.core")
                .loadClass("dev.clientele.core.application.port.out.TextAnalyser");
        List<?> found = ServiceLoader.load(layer, port).stream().map(ServiceLoader.Provider::get).toList();

        assertThat(found).hasSize(1);
        Object analyser = found.get(0);
        assertThat(analyser.getClass().getModule().getName()).isEqualTo("dev.clientele.adapter.text");
        Object analysed = port.getMethod("analyse", String.class, String.class).invoke(analyser, "kierownikiem", "pl");
        List<?> tokens = (List<?>) analysed.getClass().getMethod("tokens").invoke(analysed);
        assertThat(tokens.get(0).getClass().getMethod("lemma").invoke(tokens.get(0))).isEqualTo("kierownik");
        assertThat(layer.findModule("dev.clientele.adapter.text").orElseThrow().getDescriptor().exports())
                .extracting(e -> e.source()).containsExactly("dev.clientele.adapter.text");
    }
}
