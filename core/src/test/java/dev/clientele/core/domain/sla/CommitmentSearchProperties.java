package dev.clientele.core.domain.sla;

import dev.clientele.core.domain.conversation.Turn;
import dev.clientele.core.generators.Interactions;
import dev.clientele.playbooks.api.Speaker;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/** The keeping turn is searched for from the promise on; it must be the first one a scan of every turn finds. */
class CommitmentSearchProperties {

    @Test
    void theKeepingTurnOfAPromiseInAnyTurnIsTheFirstQualifyingTurnOfTheWholeConversation() {
        qt().withExamples(1000)
                .forAll(Interactions.turns(40), Generate.pick(List.of("callback", "update")), integers().between(0, 39),
                        integers().between(0, 3 * 3600).zip(integers().between(0, 12 * 3600), (due, asOf) -> new int[] {due, asOf}))
                .checkAssert((turns, kind, pick, times) -> {
                    int dueIn = times[0];
                    int asOfIn = times[1];
                    // Any turn may hold the promise here: the search must not rely on who said it.
                    Turn promise = turns.isEmpty() ? new Turn(0, Speaker.AGENT, Interactions.T0, "ok") : turns.get(pick % turns.size());
                    Commitment c = new Commitment(kind, promise.index(), promise.at(), promise.at().plusSeconds(dueIn));
                    Instant asOf = Interactions.T0.plusSeconds(asOfIn);

                    Optional<Turn> scanned = turns.stream().filter(t -> t.index() > promise.index()
                                    && !t.at().isAfter(c.due()) && !t.at().isAfter(asOf)
                                    && (t.from() == Speaker.AGENT || (t.from() == Speaker.SYSTEM && kind.equals("callback"))))
                            .findFirst();

                    assertThat(c.keptBy(turns, asOf)).isEqualTo(scanned);
                });
    }
}
