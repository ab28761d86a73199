package dev.clientele.benchmarks.drools;

import dev.clientele.core.Clientele;
import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationReason;
import dev.clientele.playbooks.api.Observation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How often the Drools peer and the engine with its built-in playbooks reach the same result on
 * the peer's subset: the same patterns among {@link DroolsPeer#PATTERNS} reported at the engine's
 * threshold, and the same escalation level. Where the engine escalates for a reason the peer does
 * not encode ({@link #NOT_ENCODED}), only the patterns are compared.
 *
 * @param compared     interactions compared
 * @param agreed       interactions on which both agree
 * @param patternsOnly interactions compared on their patterns only
 * @param withFindings interactions in which the engine reported a pattern of the subset or escalated,
 *                     so that agreement is not just two silences
 * @param differences  one line per disagreement: id, then what each side concluded
 */
public record Agreement(int compared, int agreed, int patternsOnly, int withFindings, List<String> differences) {

    /** Escalation reasons the peer has no rule for. */
    public static final Set<String> NOT_ENCODED = Set.of(EscalationReason.BROKEN_COMMITMENT.id());

    public Agreement {
        differences = List.copyOf(differences);
    }

    /** The share of interactions on which both agree, in [0, 1]; 1 when nothing was compared. */
    public double rate() {
        return compared == 0 ? 1 : (double) agreed / compared;
    }

    /** Assesses every interaction both ways and compares. */
    public static Agreement measure(Clientele clientele, DroolsPeer peer, List<InteractionInput> interactions) {
        int agreed = 0;
        int patternsOnly = 0;
        int withFindings = 0;
        List<String> differences = new ArrayList<>();
        for (InteractionInput input : interactions) {
            Assessment assessment = clientele.assess(input);
            Set<String> engine = new TreeSet<>();
            for (Observation o : assessment.observed()) {
                if (DroolsPeer.PATTERNS.contains(o.pattern())) {
                    engine.add(o.pattern());
                }
            }
            Optional<String> engineLevel = assessment.escalation().to().map(EscalationLevel::id);
            Set<String> engineReasons = new TreeSet<>();
            assessment.escalation().reasons().stream().map(EscalationReason::id).forEach(engineReasons::add);

            PeerVerdict verdict = peer.assess(clientele.view(input));
            Set<String> drools = verdict.observed(Clientele.DEFAULT_REPORTING_THRESHOLD);
            boolean outOfScope = engineReasons.stream().anyMatch(NOT_ENCODED::contains);
            if (!engine.isEmpty() || engineLevel.isPresent()) {
                withFindings++;
            }
            if (outOfScope) {
                patternsOnly++;
            }
            if (engine.equals(drools) && (outOfScope || engineLevel.equals(verdict.escalation()))) {
                agreed++;
            } else {
                String problems = assessment.diagnostics().isEmpty() ? "" : " (engine diagnostics: " + assessment.diagnostics() + ")";
                differences.add(input.id() + ": engine " + engine + " " + engineLevel.orElse("no escalation") + engineReasons
                        + ", drools " + drools + " " + verdict.escalation().orElse("no escalation")
                        + new TreeSet<>(verdict.reasons()) + " " + verdict.confidence() + problems);
            }
        }
        return new Agreement(interactions.size(), agreed, patternsOnly, withFindings, differences);
    }
}
