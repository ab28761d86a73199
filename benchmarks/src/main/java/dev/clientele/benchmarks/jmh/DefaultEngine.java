package dev.clientele.benchmarks.jmh;

import dev.clientele.core.Clientele;

import java.time.Duration;

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
        Clientele clientele = Clientele.builder().timeBudget(TIME_BUDGET).build();
        if (clientele.playbooks().stream().noneMatch(p -> p.descriptor().claimsBuiltInId())) {
            clientele.close();
            throw new IllegalStateException("no built-in playbook was loaded; is clientele-playbooks-default on the "
                    + "class path? problems: " + clientele.diagnostics());
        }
        return clientele;
    }
}
