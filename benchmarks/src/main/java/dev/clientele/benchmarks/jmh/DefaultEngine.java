package dev.clientele.benchmarks.jmh;

import dev.clientele.core.Clientele;

import java.time.Duration;
import java.util.Map;

/**
 * The engine as an application gets it, with the command line's time budget, refusing to measure
 * one without its built-in playbooks.
 */
public final class DefaultEngine {

    /**
     * The command line's budget per playbook: on a loaded machine the library's 50 ms would skip
     * playbooks now and then, and a skipped playbook makes an assessment look faster than it is.
     */
    public static final Duration TIME_BUDGET = Duration.ofSeconds(2);

    private DefaultEngine() {
    }

    /**
     * {@code Clientele.builder().timeBudget(TIME_BUDGET).build()}, checked.
     *
     * @throws IllegalStateException when no built-in playbook was loaded, since every figure would then be meaningless
     */
    public static Clientele start() {
        return checked(Clientele.builder().timeBudget(TIME_BUDGET).build());
    }

    /**
     * The engine with the recognition model switched off, so that the rules alone decide: what the
     * Drools peer encodes, and so what it is compared with.
     */
    public static Clientele rulesOnly() {
        return checked(Clientele.builder().timeBudget(TIME_BUDGET)
                .configuration(Map.of("clientele-recognition.model", "none")).build());
    }

    private static Clientele checked(Clientele clientele) {
        if (clientele.playbooks().stream().noneMatch(p -> p.descriptor().claimsBuiltInId())) {
            clientele.close();
            throw new IllegalStateException("no built-in playbook was loaded; is clientele-playbooks-default on the "
                    + "class path? problems: " + clientele.diagnostics());
        }
        return clientele;
    }
}
