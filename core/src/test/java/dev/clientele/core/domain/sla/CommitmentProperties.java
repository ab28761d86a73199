package dev.clientele.core.domain.sla;

import dev.clientele.core.domain.conversation.Turn;
import dev.clientele.core.generators.Interactions;
import dev.clientele.playbooks.api.Speaker;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class CommitmentProperties {

    @Test
    void aCommitmentIsKeptExactlyWhenAnAgentTurnOrARecordedCallFollowsThePromiseBeforeItsDueTime() {
        qt().withExamples(1000)
                .forAll(Interactions.turns(14), Generate.pick(List.of("callback", "update")),
                        integers().between(0, 3600), integers().between(0, 5 * 3600))
                .assuming((turns, kind, dueIn, asOfIn) -> turns.stream().anyMatch(Turn::byAgent))
                .checkAssert((turns, kind, dueIn, asOfIn) -> {
                    Turn promise = turns.stream().filter(Turn::byAgent).findFirst().orElseThrow();
                    Commitment c = new Commitment(kind, promise.index(), promise.at(), promise.at().plusSeconds(dueIn));
                    Instant asOf = Interactions.T0.plusSeconds(asOfIn);

                    boolean followedInTime = turns.stream().anyMatch(t -> t.index() > promise.index()
                            && !t.at().isAfter(c.due()) && !t.at().isAfter(asOf)
                            && (t.from() == Speaker.AGENT || (t.from() == Speaker.SYSTEM && kind.equals("callback"))));
                    ClockStatus expected = followedInTime ? ClockStatus.KEPT
                            : asOf.isAfter(c.due()) ? ClockStatus.BROKEN : ClockStatus.PENDING;

                    assertThat(c.at(turns, asOf)).isEqualTo(expected);
                });
    }

    @Test
    void aKeptOrBrokenCommitmentNeverChangesAtALaterAsOf() {
        qt().withExamples(500)
                .forAll(Interactions.turns(14), integers().between(0, 3600))
                .assuming((turns, dueIn) -> turns.stream().anyMatch(Turn::byAgent))
                .checkAssert((turns, dueIn) -> {
                    Turn promise = turns.stream().filter(Turn::byAgent).findFirst().orElseThrow();
                    Commitment c = new Commitment("callback", promise.index(), promise.at(), promise.at().plusSeconds(dueIn));
                    ClockStatus settled = null;
                    for (int s = 0; s <= 6 * 3600; s += 60) {
                        ClockStatus now = c.at(turns, Interactions.T0.plusSeconds(s));
                        if (settled != null) {
                            assertThat(now).isEqualTo(settled);
                        } else if (now != ClockStatus.PENDING) {
                            settled = now;
                        }
                    }
                });
    }
}
