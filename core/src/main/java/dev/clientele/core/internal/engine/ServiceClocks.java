package dev.clientele.core.internal.engine;

import dev.clientele.core.application.port.in.ServiceLevels;
import dev.clientele.core.application.port.in.ServiceLevels.ClockStatus;
import dev.clientele.core.application.port.in.ServiceLevels.CommitmentClock;
import dev.clientele.core.application.port.in.ServiceLevels.FirstResponse;
import dev.clientele.playbooks.api.CommitmentFinding;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.TurnView;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The service-level clocks of an interaction at its {@code asOf}: the first response (due ten
 * minutes after the first customer turn, service principle 3) and each commitment found in agent
 * turns (kept when a later agent turn came by its due time, broken once it passed without one).
 */
final class ServiceClocks {

    /** The first-response target of service principle 3. */
    static final Duration FIRST_RESPONSE = Duration.ofMinutes(10);

    private ServiceClocks() {
    }

    static ServiceLevels at(InteractionView view, List<CommitmentFinding> findings) {
        return new ServiceLevels(firstResponse(view), commitments(view, findings));
    }

    private static Optional<FirstResponse> firstResponse(InteractionView view) {
        Optional<TurnView> asked = view.turns().stream().filter(TurnView::byCustomer).findFirst();
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        Instant due = asked.get().at().plus(FIRST_RESPONSE);
        Optional<Instant> answered = view.turns().stream()
                .filter(t -> t.byAgent() && t.index() > asked.get().index())
                .map(TurnView::at)
                .findFirst();
        ClockStatus status = answered.map(at -> at.isAfter(due) ? ClockStatus.BREACHED : ClockStatus.MET)
                .orElse(view.asOf().isAfter(due) ? ClockStatus.BREACHED : ClockStatus.PENDING);
        return Optional.of(new FirstResponse(due, answered, status));
    }

    private static List<CommitmentClock> commitments(InteractionView view, List<CommitmentFinding> findings) {
        // Several playbooks may find the same promise; one clock per turn, kind and due time.
        TreeSet<CommitmentFinding> distinct = new TreeSet<>(Comparator.comparingInt(CommitmentFinding::turn)
                .thenComparing(CommitmentFinding::kind).thenComparing(CommitmentFinding::due));
        distinct.addAll(findings);
        List<CommitmentClock> clocks = new ArrayList<>();
        for (CommitmentFinding c : distinct) {
            boolean kept = view.turns().stream()
                    .anyMatch(t -> t.byAgent() && t.index() > c.turn() && !t.at().isAfter(c.due()));
            ClockStatus status = kept ? ClockStatus.KEPT
                    : view.asOf().isAfter(c.due()) ? ClockStatus.BROKEN : ClockStatus.PENDING;
            clocks.add(new CommitmentClock(c.kind(), c.turn(), c.due(), status));
        }
        return clocks;
    }
}
