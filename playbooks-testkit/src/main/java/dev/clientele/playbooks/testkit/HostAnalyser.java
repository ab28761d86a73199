package dev.clientele.playbooks.testkit;

import dev.clientele.core.application.port.out.TextAnalyser;

import java.util.Comparator;
import java.util.ServiceLoader;

/** The text analyser the testkit shares across tests, found once like the engine finds it. */
final class HostAnalyser {

    private static volatile TextAnalyser shared;

    private HostAnalyser() {
    }

    /** The analyser on the test's class path; dictionaries load once per test run, not once per test. */
    static TextAnalyser get() {
        TextAnalyser found = shared;
        if (found == null) {
            synchronized (HostAnalyser.class) {
                if (shared == null) {
                    shared = ServiceLoader.load(TextAnalyser.class, HostAnalyser.class.getClassLoader()).stream()
                            .map(ServiceLoader.Provider::get)
                            .min(Comparator.comparing(a -> a.getClass().getName()))
                            .orElseThrow(() -> new IllegalStateException("no text analyser on the test class path: "
                                    + "add dev.clientele:clientele-text-analysis (the testkit depends on it)"));
                }
                found = shared;
            }
        }
        return found;
    }
}
