package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationProposal;
import dev.clientele.playbooks.api.Recommendation;

import java.util.ArrayList;
import java.util.List;

/** The agent-facing advice that goes with escalation proposals and involvements. */
public final class EscalationAdvice {

    private EscalationAdvice() {
    }

    /** One escalate recommendation per level proposed, naming the rules behind it. */
    public static List<Recommendation> advise(Reading reading, List<EscalationProposal> proposals) {
        String language = reading.view().language();
        List<String> hierarchical = new ArrayList<>();
        List<String> expertise = new ArrayList<>();
        for (EscalationProposal p : proposals) {
            (p.to() == EscalationLevel.SPECIALIST ? expertise : hierarchical).add(p.rule());
        }
        List<Recommendation> advice = new ArrayList<>();
        if (!hierarchical.isEmpty()) {
            advice.add(Tactics.ESCALATE_SUPERVISOR.in(language, hierarchical));
        }
        if (!expertise.isEmpty()) {
            advice.add(Tactics.ESCALATE_SPECIALIST.in(language, expertise));
        }
        return advice;
    }

    /** The advice that goes with involving the payer in a contract change. */
    public static List<Recommendation> involvePayer(Reading reading) {
        return List.of(Tactics.SERVICE_INVOLVE_PAYER.in(reading.view().language(), List.of("involve.contract-change")));
    }
}
