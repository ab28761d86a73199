package com.example.crm;

import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.playbooks.api.EscalationReason;
import dev.clientele.playbooks.api.Observation;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One ticket in the escalation queue with what the engine concluded about it.
 *
 * @param interaction the imported ticket
 * @param assessment  the engine's assessment of it
 */
public record QueueEntry(InteractionInput interaction, Assessment assessment) {

    public QueueEntry {
        Objects.requireNonNull(interaction, "interaction");
        Objects.requireNonNull(assessment, "assessment");
    }

    /** Whether the engine recommends escalating now. */
    public boolean needsEscalation() {
        return assessment.escalation().recommended();
    }

    /** Why, in one line: the level and reasons, the patterns seen and the customer's intensity. */
    public String why() {
        StringBuilder why = new StringBuilder();
        if (needsEscalation()) {
            why.append("escalate to ").append(assessment.escalation().to().orElseThrow().id())
                    .append(" (").append(assessment.escalation().reasons().stream().map(EscalationReason::id)
                            .collect(Collectors.joining(", "))).append(")");
        } else {
            why.append("no escalation");
        }
        if (!assessment.observed().isEmpty()) {
            why.append("; seen: ").append(assessment.observed().stream()
                    .map(o -> String.format(Locale.ROOT, "%s %.2f", o.pattern(), o.confidence()))
                    .collect(Collectors.joining(", ")));
            Observation strongest = assessment.observed().get(0);
            if (!strongest.evidence().isEmpty()) {
                why.append(" — \"").append(strongest.evidence().get(0).quote()).append('"');
            }
        }
        why.append(String.format(Locale.ROOT, "; intensity %.2f %s", assessment.intensity().level(),
                assessment.intensity().trend().id()));
        return why.toString();
    }
}
