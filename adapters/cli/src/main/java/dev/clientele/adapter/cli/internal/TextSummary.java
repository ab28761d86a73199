package dev.clientele.adapter.cli.internal;

import dev.clientele.core.application.port.in.Advice;
import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.Diagnostic;
import dev.clientele.core.application.port.in.PartyToInvolve;
import dev.clientele.core.application.port.in.ServiceLevels;
import dev.clientele.playbooks.api.EscalationReason;
import dev.clientele.playbooks.api.Evidence;
import dev.clientele.playbooks.api.Observation;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An assessment as a short report for a person at a terminal: what was seen and where, what to
 * do next, whether to escalate, and how the clocks stand.
 */
public final class TextSummary {

    private TextSummary() {
    }

    /** The summary, several lines, ending with a line break. */
    public static String of(Assessment a) {
        StringBuilder out = new StringBuilder();
        out.append("Interaction ").append(a.interaction()).append(" (").append(a.language())
                .append("), as of ").append(a.asOf()).append('\n');
        out.append("Intensity: ").append(String.format(Locale.ROOT, "%.2f", a.intensity().level()))
                .append(", ").append(a.intensity().trend().id()).append('\n');
        out.append('\n').append("Patterns seen:").append('\n');
        if (a.observed().isEmpty()) {
            out.append("  none at or above the reporting threshold").append('\n');
        }
        for (Observation o : a.observed()) {
            out.append("  ").append(o.pattern()).append(String.format(Locale.ROOT, " (%.2f)", o.confidence())).append('\n');
            for (Evidence e : o.evidence()) {
                out.append("    turn ").append(e.turn()).append(": \"").append(oneLine(e.quote())).append("\"\n");
            }
        }
        out.append('\n').append("Advice:").append('\n');
        if (a.recommendations().isEmpty()) {
            out.append("  none").append('\n');
        }
        int n = 1;
        for (Advice r : a.recommendations()) {
            out.append(String.format(Locale.ROOT, "  %d. [%s] ", n++, r.kind().id())).append(oneLine(r.text())).append('\n');
            out.append("     because ").append(String.join(", ", r.because()))
                    .append(" (").append(r.playbook()).append(": ").append(r.tactic()).append(")\n");
        }
        out.append('\n').append("Escalation: ");
        if (a.escalation().recommended()) {
            out.append("escalate now to ").append(a.escalation().to().orElseThrow().id()).append(", because ")
                    .append(a.escalation().reasons().stream().map(EscalationReason::id).collect(Collectors.joining(", ")));
        } else {
            out.append("not needed now");
        }
        out.append('\n');
        if (!a.involve().isEmpty()) {
            out.append("Involve:").append('\n');
            for (PartyToInvolve p : a.involve()) {
                out.append("  ").append(p.party()).append(" as ").append(p.role().id()).append(" (").append(p.why()).append(")\n");
            }
        }
        out.append('\n').append("Clocks:").append('\n');
        if (a.sla().firstResponse().isPresent()) {
            ServiceLevels.FirstResponse f = a.sla().firstResponse().get();
            out.append("  first response: ").append(f.status().id()).append(", due ").append(f.due());
            f.at().ifPresent(at -> out.append(", answered ").append(at));
            out.append('\n');
        } else {
            out.append("  first response: no clock running").append('\n');
        }
        if (a.sla().commitments().isEmpty()) {
            out.append("  commitments: none made").append('\n');
        }
        for (ServiceLevels.CommitmentClock c : a.sla().commitments()) {
            out.append("  ").append(c.kind()).append(" promised in turn ").append(c.turn()).append(": ")
                    .append(c.status().id()).append(", due ").append(c.due()).append('\n');
        }
        if (!a.diagnostics().isEmpty()) {
            out.append('\n').append("Diagnostics:").append('\n');
            for (Diagnostic d : a.diagnostics()) {
                out.append("  ").append(d.playbook()).append(": ").append(oneLine(d.problem())).append('\n');
            }
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
