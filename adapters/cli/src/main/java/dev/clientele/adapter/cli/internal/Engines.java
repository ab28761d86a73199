package dev.clientele.adapter.cli.internal;

import dev.clientele.core.Clientele;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Starts the engine the way every command needs it: the bundled playbooks, plus a plugin folder when given. */
public final class Engines {

    private static final List<String> LANGUAGES = List.of("en", "pl");

    private Engines() {
    }

    /**
     * A started engine; close it when done.
     *
     * @param plugins          a folder of vendor playbook jars, or null for none
     * @param timeBudgetMillis the time one playbook may take per interaction
     * @param defaultLanguage  the language of interactions whose language cannot be told, or null for the engine's default
     * @throws UsageProblem when {@code plugins} is not a folder, the budget is not positive or the language unknown
     */
    public static Clientele start(Path plugins, long timeBudgetMillis, String defaultLanguage) {
        checkOptions(plugins, timeBudgetMillis, defaultLanguage);
        Clientele.Builder builder = Clientele.builder().timeBudget(java.time.Duration.ofMillis(timeBudgetMillis));
        if (defaultLanguage != null) {
            builder.defaultLanguage(defaultLanguage);
        }
        if (plugins != null) {
            builder.pluginDirectory(plugins);
        }
        return builder.build();
    }

    private static void checkOptions(Path plugins, long timeBudgetMillis, String defaultLanguage) {
        if (timeBudgetMillis <= 0) {
            throw new UsageProblem("--time-budget " + timeBudgetMillis + ": must be a positive number of milliseconds");
        }
        if (plugins != null && !Files.isDirectory(plugins)) {
            throw new UsageProblem("--plugins " + plugins + ": not a folder");
        }
        // The languages an interaction document may declare; the bundled analyser supports exactly these.
        if (defaultLanguage != null && !LANGUAGES.contains(defaultLanguage)) {
            throw new UsageProblem("--default-language " + defaultLanguage + ": must be one of " + String.join(", ", LANGUAGES));
        }
    }

    /**
     * Starts building the engine on a background thread, so that a one-shot command can read its
     * input meanwhile; the options are checked at once, on the calling thread.
     *
     * @throws UsageProblem when {@code plugins} is not a folder, the budget is not positive or the language unknown
     */
    public static Starting startInBackground(Path plugins, long timeBudgetMillis, String defaultLanguage) {
        checkOptions(plugins, timeBudgetMillis, defaultLanguage);
        return new Starting(CompletableFuture.supplyAsync(() -> start(plugins, timeBudgetMillis, defaultLanguage), task -> {
            Thread thread = new Thread(task, "clientele-engine-start");
            // The command may end (say, on a missing file) before the build does; that must not keep the JVM up.
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** An engine being built; {@link #get()} waits for it, {@link #close()} closes it once built. */
    public static final class Starting implements AutoCloseable {
        private final CompletableFuture<Clientele> engine;

        private Starting(CompletableFuture<Clientele> engine) {
            this.engine = engine;
        }

        /** The engine, waiting for its build; a failed build throws what the build threw. */
        public Clientele get() {
            try {
                return engine.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException problem) {
                    throw problem;
                }
                if (e.getCause() instanceof Error problem) {
                    throw problem;
                }
                throw e;
            }
        }

        /** Closes the engine after waiting for its build; a failed build was reported by {@link #get()}. */
        @Override
        public void close() {
            Clientele built;
            try {
                built = engine.join();
            } catch (CompletionException e) {
                return;
            }
            built.close();
        }
    }
}
