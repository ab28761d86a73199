package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.AnalysedText;
import dev.clientele.playbooks.api.Channel;
import dev.clientele.playbooks.api.CommitmentFinding;
import dev.clientele.playbooks.api.ContextView;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.PartyView;
import dev.clientele.playbooks.api.Role;
import dev.clientele.playbooks.api.Speaker;
import dev.clientele.playbooks.api.TextSignals;
import dev.clientele.playbooks.api.TurnView;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * The kept-promise check that stops after the promise's next turns answers exactly as a scan of
 * every turn does, on conversations in time order with ties, system turns and any due time.
 */
class KeptByProperties {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final AnalysedText EMPTY = new AnalysedText("en", "", List.of(), TextSignals.NONE);

    /** The check as it was first written: any agent turn after the promise, by its due time and asOf. */
    private static boolean keptByScanningEverything(InteractionView view, CommitmentFinding c) {
        for (TurnView t : view.turns()) {
            if (t.index() > c.turn() && t.byAgent() && !t.at().isAfter(c.due()) && !t.at().isAfter(view.asOf())) {
                return true;
            }
        }
        return false;
    }

    private static InteractionView view(List<Integer> speakers, List<Integer> gaps, int asOfMinutes) {
        List<TurnView> turns = new ArrayList<>();
        Instant at = START;
        for (int i = 0; i < speakers.size(); i++) {
            at = at.plusSeconds(60L * gaps.get(i));
            Speaker from = Speaker.values()[speakers.get(i) % Speaker.values().length];
            turns.add(new TurnView(i, from, at, "turn " + i, EMPTY));
        }
        return new InteractionView("kept-by", Channel.CHAT, "en", new PartyView("c", "", Set.of(Role.END_USER)),
                Optional.empty(), ContextView.NONE, turns, START.plusSeconds(60L * asOfMinutes));
    }

    @Test
    void findsAKeptPromiseExactlyWhenAScanOfEveryTurnDoes() {
        Gen<List<Integer>> speakers = SourceDSL.lists().of(SourceDSL.integers().between(0, 5)).ofSizeBetween(1, 40);
        qt().withExamples(2_000).forAll(
                speakers,
                SourceDSL.lists().of(SourceDSL.integers().between(0, 3)).ofSize(40),
                SourceDSL.integers().between(0, 39),
                // Minutes from the promise to its due time (0..60) and from the start to asOf (0..150), in one draw.
                SourceDSL.integers().between(0, 61 * 151 - 1)
        ).checkAssert((from, gaps, promiseTurn, times) -> {
            int dueAfter = times % 61;
            InteractionView view = view(from, gaps, times / 61);
            int turn = promiseTurn % from.size();
            Instant said = view.turns().get(turn).at();
            CommitmentFinding c = new CommitmentFinding(turn, CommitmentFinding.CALLBACK,
                    said.plusSeconds(60L * dueAfter), "back soon");
            assertThat(EscalationPolicy.keptBy(view, c)).isEqualTo(keptByScanningEverything(view, c));
        });
    }
}
