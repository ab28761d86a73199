package dev.clientele.adapter.cli;

import com.example.fixture.QuietPlaybook;
import dev.clientele.adapter.json.AssessmentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class PluginFolderTests {

    @TempDir
    Path plugins;

    @Test
    void aVendorJarInThePluginFolderIsListedWithItsSource() throws IOException {
        Path jar = vendorJar();
        Run without = Run.of("playbooks");
        assertThat(without.out()).doesNotContain("example.quiet");

        Run with = Run.of("playbooks", "--plugins", plugins.toString());
        assertThat(with.exitCode()).as(with.err()).isZero();
        assertThat(with.out()).contains("example.quiet 2.3.4", "example.quiet-customer", "clientele-recognition");
        assertThat(with.out()).contains("4 playbooks loaded");
    }

    @Test
    void assessRunsWithThePluginFolderLoaded() throws IOException {
        vendorJar();
        Run run = Run.of("assess", Run.example("en-cancel-contract.json"), "--plugins", plugins.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(AssessmentJson.read(run.out().strip()).diagnostics()).isEmpty();
    }

    @Test
    void aPluginFolderThatDoesNotExistIsAUsageError() {
        Run run = Run.of("playbooks", "--plugins", plugins.resolve("missing").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("clientele: --plugins " + plugins.resolve("missing") + ": not a folder");
    }

    /** Packs {@link QuietPlaybook} and its service registration into a jar, as a vendor's build would. */
    private Path vendorJar() throws IOException {
        Path jar = plugins.resolve("quiet-playbook-2.3.4.jar");
        String classFile = QuietPlaybook.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             InputStream bytes = QuietPlaybook.class.getClassLoader().getResourceAsStream(classFile)) {
            out.putNextEntry(new JarEntry(classFile));
            bytes.transferTo(out);
            out.closeEntry();
            out.putNextEntry(new JarEntry("META-INF/services/dev.clientele.playbooks.spi.Playbook"));
            out.write((QuietPlaybook.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
