package dev.clientele.core.application.port.in;

import dev.clientele.playbooks.api.Recommendation;

import java.util.List;
import java.util.Objects;

/**
 * One recommendation in an assessment, with the playbook it came from.
 *
 * @param kind     say, ask, do, avoid, escalate or follow-up
 * @param tactic   the tactic's stable id
 * @param playbook the id of the playbook that gave it
 * @param text     the advice in the interaction's language
 * @param because  the pattern ids or rule ids behind it
 */
public record Advice(Recommendation.Kind kind, String tactic, String playbook, String text, List<String> because) {

    public Advice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tactic, "tactic");
        Objects.requireNonNull(playbook, "playbook");
        Objects.requireNonNull(text, "text");
        because = List.copyOf(because);
    }
}
