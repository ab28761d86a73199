package dev.clientele.core.internal.engine;

import dev.clientele.core.application.port.in.Diagnostic;
import dev.clientele.playbooks.api.CommitmentFinding;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.Observation;
import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.api.TurnIntensity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks one playbook's answer against its descriptor and the view it was given. Entries that
 * break a rule are dropped with a diagnostic; the rest of the answer still counts.
 */
final class Screening {

    private Screening() {
    }

    /**
     * The answer without observations of undeclared patterns, without entries that point at turns
     * the view does not have (or at the wrong speaker), plus one diagnostic per kind of problem.
     */
    static Screened screen(ActivePlaybook p, PlaybookResult result, InteractionView view) {
        List<Diagnostic> problems = new ArrayList<>();
        Set<String> declared = p.descriptor().patterns();
        int turns = view.turns().size();
        Set<String> undeclared = new TreeSet<>();
        int outOfRange = 0;
        List<Observation> observations = new ArrayList<>();
        for (Observation o : result.observations()) {
            if (!declared.contains(o.pattern())) {
                undeclared.add(o.pattern());
            } else if (o.evidence().stream().anyMatch(e -> e.turn() >= turns)) {
                outOfRange++;
            } else {
                observations.add(o);
            }
        }
        List<CommitmentFinding> commitments = new ArrayList<>();
        for (CommitmentFinding c : result.commitments()) {
            if (c.turn() < turns && view.turns().get(c.turn()).byAgent()) {
                commitments.add(c);
            } else {
                outOfRange++;
            }
        }
        List<TurnIntensity> intensities = new ArrayList<>();
        for (TurnIntensity i : result.intensities()) {
            if (i.turn() < turns && view.turns().get(i.turn()).byCustomer()) {
                intensities.add(i);
            } else {
                outOfRange++;
            }
        }
        if (!undeclared.isEmpty()) {
            problems.add(Problem.UNDECLARED_PATTERN.about(p.id(), "reported undeclared pattern(s) "
                    + String.join(", ", undeclared) + "; those observations were dropped"));
        }
        if (outOfRange > 0) {
            problems.add(Problem.EVIDENCE_OUT_OF_RANGE.about(p.id(), outOfRange + " entr" + (outOfRange == 1 ? "y" : "ies")
                    + " named a turn that does not exist or was said by someone else; dropped"));
        }
        PlaybookResult kept = new PlaybookResult(observations, result.recommendations(), result.escalations(),
                result.involvements(), commitments, intensities);
        return new Screened(kept, problems);
    }

    /** An answer after screening, and what was wrong with it. */
    record Screened(PlaybookResult result, List<Diagnostic> problems) {
    }

}
