package dev.clientele.core.application.port.in;

import java.util.Objects;

/**
 * A playbook that failed, timed out or was skipped; the assessment is complete without it.
 *
 * @param playbook the playbook's id, or its class name when it never produced a descriptor
 * @param problem  one line saying what happened and what the engine did
 */
public record Diagnostic(String playbook, String problem) {

    public Diagnostic {
        Objects.requireNonNull(playbook, "playbook");
        Objects.requireNonNull(problem, "problem");
    }
}
