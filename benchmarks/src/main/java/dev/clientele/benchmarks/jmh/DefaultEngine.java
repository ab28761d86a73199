package dev.clientele.benchmarks.jmh;

import dev.clientele.core.Clientele;

/** The engine as an application gets it by default, refusing to measure one without its built-in playbooks. */
final class DefaultEngine {

    private DefaultEngine() {
    }

    /**
     * {@code Clientele.builder().build()}, checked.
     *
     * @throws IllegalStateException when no built-in playbook was loaded, since every figure would then be meaningless
     */
    static Clientele start() {
        Clientele clientele = Clientele.builder().build();
        if (clientele.playbooks().stream().noneMatch(p -> p.descriptor().claimsBuiltInId())) {
            clientele.close();
            throw new IllegalStateException("no built-in playbook was loaded; is clientele-playbooks-default on the "
                    + "class path? problems: " + clientele.diagnostics());
        }
        return clientele;
    }
}
