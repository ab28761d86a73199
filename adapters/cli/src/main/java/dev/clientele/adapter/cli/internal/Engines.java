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
     * @param plugins          a folder of vendor playbook jars, or null for none
     * @param timeBudgetMillis the time one playbook may take per interaction
     * @throws UsageProblem when {@code plugins} is not a folder or the budget is not positive
     */
    public static Clientele start(Path plugins, long timeBudgetMillis) {
        if (timeBudgetMillis <= 0) {
            throw new UsageProblem("--time-budget " + timeBudgetMillis + ": must be a positive number of milliseconds");
        }
        Clientele.Builder builder = Clientele.builder().timeBudget(java.time.Duration.ofMillis(timeBudgetMillis));
        if (plugins != null) {
            if (!Files.isDirectory(plugins)) {
                throw new UsageProblem("--plugins " + plugins + ": not a folder");
            }
            builder.pluginDirectory(plugins);
        }
        return builder.build();
    }
}
