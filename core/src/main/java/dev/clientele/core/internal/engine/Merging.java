package dev.clientele.core.internal.engine;

import dev.clientele.core.application.port.in.Advice;
import dev.clientele.core.application.port.in.Diagnostic;
import dev.clientele.core.application.port.in.EscalationAdvice;
import dev.clientele.core.application.port.in.Intensity;
import dev.clientele.core.application.port.in.PartyToInvolve;
import dev.clientele.core.domain.escalation.EscalationPolicy;
import dev.clientele.playbooks.api.CommitmentFinding;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationProposal;
import dev.clientele.playbooks.api.EscalationReason;
import dev.clientele.playbooks.api.Evidence;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.Involvement;
import dev.clientele.playbooks.api.Observation;
import dev.clientele.playbooks.api.PartyView;
import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.api.Recommendation;
import dev.clientele.playbooks.api.TurnIntensity;
import dev.clientele.playbooks.api.TurnView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rules that turn several playbooks' answers into one assessment, as documented in
 * {@code docs/writing-a-playbook.md} ("How the host merges"). Every rule is a function of the
 * answers in playbook-id order, and sorts its output on content, so the outcome never depends on
 * discovery order.
 */
public final class Merging {

    /** A change of intensity across the last customer turns larger than this is a trend. */
    public static final double TREND_THRESHOLD = 0.15;
    /** How many of the last customer turns the trend looks at. */
    public static final int TREND_WINDOW = 3;

    private Merging() {
    }

    /** One playbook's screened answer, with the playbook's id and priority. */
    public record Contribution(String playbook, int priority, PlaybookResult result) {
    }

    /**
     * The same pattern from several playbooks combines into one confidence by noisy-OR,
     * {@code 1 - Π(1 - c)}, where each playbook counts with its highest confidence for the pattern;
     * evidence is united and ordered by turn then quote. Only patterns at or above {@code threshold}
     * are kept, most confident first, ties by pattern id.
     */
    public static List<Observation> observations(List<Contribution> contributions, double threshold) {
        Map<String, Double> notSeen = new TreeMap<>();
        Map<String, Set<Evidence>> evidence = new TreeMap<>();
        for (Contribution c : contributions) {
            Map<String, Double> best = new TreeMap<>();
            for (Observation o : c.result().observations()) {
                best.merge(o.pattern(), o.confidence(), Math::max);
                evidence.computeIfAbsent(o.pattern(), k -> new HashSet<>()).addAll(o.evidence());
            }
            best.forEach((pattern, confidence) -> notSeen.merge(pattern, 1 - confidence, (a, b) -> a * b));
        }
        List<Observation> merged = new ArrayList<>();
        notSeen.forEach((pattern, miss) -> {
            double confidence = Math.min(1, Math.max(0, 1 - miss));
            if (confidence >= threshold) {
                List<Evidence> ordered = evidence.get(pattern).stream()
                        .sorted(Comparator.comparingInt(Evidence::turn).thenComparing(Evidence::quote))
                        .toList();
                merged.add(new Observation(pattern, confidence, ordered));
            }
        });
        merged.sort(Comparator.comparingDouble(Observation::confidence).reversed().thenComparing(Observation::pattern));
        return merged;
    }

    /**
     * Advice from every playbook, ordered by the advice's priority (high first), then its playbook's
     * priority (high first), then tactic id, then playbook id. A tactic appears once: the first in
     * that order wins. Every tactic named in an {@code avoid}'s overrides is dropped, whichever
     * playbook gave it.
     */
    public static List<Advice> recommendations(List<Contribution> contributions) {
        record Ranked(Recommendation r, String playbook, int playbookPriority) {
        }
        List<Ranked> all = new ArrayList<>();
        Set<String> overridden = new HashSet<>();
        for (Contribution c : contributions) {
            for (Recommendation r : c.result().recommendations()) {
                all.add(new Ranked(r, c.playbook(), c.priority()));
                if (r.kind() == Recommendation.Kind.AVOID) {
                    overridden.addAll(r.overrides());
                }
            }
        }
        all.sort(Comparator.comparingInt((Ranked x) -> x.r().priority()).reversed()
                .thenComparing(Comparator.comparingInt(Ranked::playbookPriority).reversed())
                .thenComparing(x -> x.r().tactic())
                .thenComparing(Ranked::playbook)
                .thenComparing(x -> x.r().text()));
        Set<String> seen = new HashSet<>();
        List<Advice> advice = new ArrayList<>();
        for (Ranked x : all) {
            Recommendation r = x.r();
            if (overridden.contains(r.tactic()) || !seen.add(r.tactic())) {
                continue;
            }
            advice.add(new Advice(r.kind(), r.tactic(), x.playbook(), r.text(), r.because()));
        }
        return advice;
    }

    /**
     * Resolves each involvement against the people of the interaction: the requester when they hold
     * the role, otherwise the account's first contact holding it. When nobody holds it, the entry is
     * dropped with a diagnostic. The result has no duplicates and is ordered by role, party and reason.
     */
    public static List<PartyToInvolve> involve(List<Contribution> contributions, InteractionView view,
                                               List<Diagnostic> problems) {
        Set<PartyToInvolve> resolved = new LinkedHashSet<>();
        Set<String> reported = new HashSet<>();
        for (Contribution c : contributions) {
            for (Involvement i : c.result().involvements()) {
                Optional<PartyView> party = view.requester().has(i.role())
                        ? Optional.of(view.requester())
                        : view.account().flatMap(a -> a.contactWith(i.role()));
                if (party.isPresent()) {
                    resolved.add(new PartyToInvolve(party.get().id(), i.role(), i.why()));
                } else if (reported.add(c.playbook() + "/" + i.role().id() + "/" + i.why())) {
                    problems.add(Problem.NOBODY_TO_INVOLVE.about(c.playbook(), "asked to involve the "
                            + i.role().id() + " (" + i.why() + ") but nobody in this interaction holds that role; dropped"));
                }
            }
        }
        return resolved.stream()
                .sorted(Comparator.comparing(PartyToInvolve::role).thenComparing(PartyToInvolve::party)
                        .thenComparing(PartyToInvolve::why))
                .toList();
    }

    /**
     * The customer's intensity: for each customer turn, the highest level any playbook measured
     * (0 when none did); the level now is that of the last customer turn; the trend compares the
     * last of the last {@value #TREND_WINDOW} customer turns with the first of them, and is
     * {@code rising} or {@code falling} when they differ by more than {@value #TREND_THRESHOLD}.
     */
    public static Intensity intensity(List<Contribution> contributions, InteractionView view) {
        Map<Integer, Double> perTurn = new TreeMap<>();
        for (Contribution c : contributions) {
            for (TurnIntensity t : c.result().intensities()) {
                perTurn.merge(t.turn(), t.level(), Math::max);
            }
        }
        List<TurnView> customer = view.customerTurns();
        if (customer.isEmpty()) {
            return Intensity.CALM;
        }
        List<Double> levels = customer.stream().map(t -> perTurn.getOrDefault(t.index(), 0.0)).toList();
        double now = levels.get(levels.size() - 1);
        double first = levels.get(Math.max(0, levels.size() - TREND_WINDOW));
        double change = now - first;
        Intensity.Trend trend = change > TREND_THRESHOLD ? Intensity.Trend.RISING
                : change < -TREND_THRESHOLD ? Intensity.Trend.FALLING : Intensity.Trend.STEADY;
        return new Intensity(now, trend);
    }

    /**
     * Every promise found, once: several playbooks may find the same one, so findings with the same
     * turn, kind and due time count once. Ordered by turn, kind, then due time.
     */
    public static List<CommitmentFinding> commitments(List<Contribution> contributions) {
        TreeSet<CommitmentFinding> distinct = new TreeSet<>(Comparator.comparingInt(CommitmentFinding::turn)
                .thenComparing(CommitmentFinding::kind).thenComparing(CommitmentFinding::due));
        contributions.forEach(c -> distinct.addAll(c.result().commitments()));
        return List.copyOf(distinct);
    }

    /**
     * The escalation to recommend now. The wanted level is the most severe proposed: manager, then
     * supervisor, then specialist (a functional hand-over is wanted only when nobody proposes a step
     * up the hierarchy). The domain's one-level-at-a-time policy then caps it
     * ({@link EscalationPolicy#furthestAllowed}): from {@code current}, a hierarchical proposal climbs
     * one level unless one of its reasons allows skipping (abuse, a decision that binds the contract).
     * The reasons are those of every proposal that wanted at least the recommended level (for a
     * specialist: the specialist proposals), in the order of {@link EscalationReason}.
     */
    public static EscalationAdvice escalation(List<Contribution> contributions, Optional<EscalationLevel> current) {
        List<EscalationProposal> proposals = contributions.stream()
                .flatMap(c -> c.result().escalations().stream()).toList();
        Optional<EscalationLevel> wanted = proposals.stream().map(EscalationProposal::to)
                .max(Comparator.comparingInt(Merging::severity));
        if (wanted.isEmpty()) {
            return EscalationAdvice.NONE;
        }
        Set<EscalationReason> wantedReasons = new TreeSet<>();
        proposals.stream().filter(p -> p.to() == wanted.get()).forEach(p -> wantedReasons.add(p.reason()));
        Optional<EscalationLevel> allowed = EscalationPolicy.furthestAllowed(current, wanted.get(), wantedReasons);
        if (allowed.isEmpty()) {
            return EscalationAdvice.NONE;
        }
        EscalationLevel level = allowed.get();
        Set<EscalationReason> reasons = new TreeSet<>();
        proposals.stream()
                .filter(p -> level.isHierarchical() ? p.to().isHierarchical() && p.to().rank() >= level.rank() : p.to() == level)
                .forEach(p -> reasons.add(p.reason()));
        return EscalationAdvice.to(level, List.copyOf(reasons));
    }

    private static int severity(EscalationLevel level) {
        return switch (level) {
            case SPECIALIST -> 0;
            case SUPERVISOR -> 1;
            case MANAGER -> 2;
        };
    }
}
