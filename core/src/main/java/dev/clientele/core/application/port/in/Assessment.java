package dev.clientele.core.application.port.in;

import dev.clientele.playbooks.api.Observation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the engine concludes about one interaction at one moment, shaped like
 * {@code clientele.assessment/v1}. Lists are immutable and ordered as the contract says.
 *
 * @param interaction     the interaction's id
 * @param language        the language assessed in
 * @param asOf            the moment assessed at
 * @param observed        patterns at or above the reporting threshold, most confident first
 * @param intensity       the customer's intensity now and its trend
 * @param recommendations advice, most important first
 * @param escalation      whether and where to escalate now
 * @param involve         parties of the account who must take part
 * @param sla             the first-response clock and every commitment
 * @param diagnostics     playbooks that failed, timed out or were skipped
 */
public record Assessment(String interaction, String language, Instant asOf, List<Observation> observed,
                         Intensity intensity, List<Advice> recommendations, EscalationAdvice escalation,
                         List<PartyToInvolve> involve, ServiceLevels sla, List<Diagnostic> diagnostics) {

    public Assessment {
        Objects.requireNonNull(interaction, "interaction");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(asOf, "asOf");
        observed = List.copyOf(observed);
        Objects.requireNonNull(intensity, "intensity");
        recommendations = List.copyOf(recommendations);
        Objects.requireNonNull(escalation, "escalation");
        involve = List.copyOf(involve);
        Objects.requireNonNull(sla, "sla");
        diagnostics = List.copyOf(diagnostics);
    }
}
