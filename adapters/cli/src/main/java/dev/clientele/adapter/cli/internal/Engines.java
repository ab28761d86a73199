package dev.clientele.adapter.cli.internal;

import dev.clientele.core.Clientele;

import java.nio.file.Files;
import java.nio.file.Path;

/** Starts the engine the way every command needs it: the bundled playbooks, plus a plugin folder when given. */
public final class Engines {

    private Engines() {
    }

    /**
     * A started engine; close it when done.
     *
     * @param plugins a folder of vendor playbook jars, or null for none
     * @throws UsageProblem when {@code plugins} is not a folder
     */
    public static Clientele start(Path plugins) {
        Clientele.Builder builder = Clientele.builder();
        if (plugins != null) {
            if (!Files.isDirectory(plugins)) {
                throw new UsageProblem("--plugins " + plugins + ": not a folder");
            }
            builder.pluginDirectory(plugins);
        }
        return builder.build();
    }
}
