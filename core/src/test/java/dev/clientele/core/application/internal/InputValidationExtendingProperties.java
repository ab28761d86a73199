package dev.clientele.core.application.internal;

import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.InvalidInputException;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.TurnInput;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** Checking an input that extends a valid one must end exactly as checking it from scratch does. */
class InputValidationExtendingProperties {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    /** Turns from {@code start}, up to ten minutes apart; with a weight above 0, a time, sender or text is now and then invalid. */
    private static Gen<List<TurnInput>> turns(int min, int max, int invalidWeight, Instant start) {
        Gen<Integer> gap = Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(10, integers().between(0, 600)),
                org.quicktheories.api.Pair.of(invalidWeight, Generate.pick(Arrays.asList(-500, (Integer) null)))));
        Gen<String> from = Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(10, Generate.pick(List.of("customer", "agent", "system"))),
                org.quicktheories.api.Pair.of(invalidWeight, Generate.constant("bot"))));
        Gen<String> text = Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(10, Generate.pick(List.of("hello", "ok", "Dzień dobry"))),
                org.quicktheories.api.Pair.of(invalidWeight, Generate.pick(List.of("", " ")))));
        return lists().of(gap.zip(from, text, (g, f, t) -> new Object[] {g, f, t})).ofSizeBetween(min, max).map(steps -> {
            List<TurnInput> list = new ArrayList<>();
            Instant at = start;
            for (Object[] step : steps) {
                Integer g = (Integer) step[0];
                if (g != null) {
                    at = at.plusSeconds(g);
                }
                list.add(new TurnInput(g == null ? null : at, (String) step[1], (String) step[2]));
            }
            return list;
        });
    }

    private static String outcome(Runnable check) {
        try {
            check.run();
            return "valid";
        } catch (InvalidInputException e) {
            return e.getMessage() + " " + e.violations();
        }
    }

    @Test
    void anInputExtendingAValidOneGetsTheOutcomeOfTheFullCheck() {
        int[] validAndInvalid = new int[2];
        qt().withExamples(2000)
                .forAll(turns(1, 8, 0, T0), turns(0, 4, 1, T0.plusSeconds(2400)), integers().between(0, 8),
                        integers().between(0, 5).zip(integers().between(-60, 3600), (change, asOf) -> new int[] {change, asOf}))
                .checkAssert((base, extra, keep, changes) -> {
                    int change = changes[0];
                    int asOfIn = changes[1];
                    InteractionInput valid = input(base, null, "u-1", "en");
                    List<TurnInput> turns = new ArrayList<>(base.subList(0, Math.min(keep, base.size())));
                    turns.addAll(extra);
                    Instant asOf = change == 1 ? T0.plusSeconds(asOfIn) : null;
                    String requester = change == 2 ? " " : "u-1";
                    String language = change == 3 ? "de" : change == 4 ? null : "en";
                    InteractionInput next = input(turns, asOf, requester, language);
                    int shared = 0;
                    while (shared < Math.min(base.size(), turns.size()) && base.get(shared).equals(turns.get(shared))) {
                        shared++;
                    }
                    int sharedTurns = shared;

                    String expected = outcome(() -> InputValidation.check(next));
                    assertThat(outcome(() -> InputValidation.checkExtending(valid, sharedTurns, next))).isEqualTo(expected);
                    validAndInvalid[expected.equals("valid") ? 0 : 1]++;
                });
        // Guards the generator: both outcomes must be exercised for the property to say anything.
        assertThat(validAndInvalid[0]).as("valid inputs").isGreaterThan(100);
        assertThat(validAndInvalid[1]).as("invalid inputs").isGreaterThan(100);
    }

    private static InteractionInput input(List<TurnInput> turns, Instant asOf, String requester, String language) {
        return new InteractionInput("case-1", "chat", language, new PartyInput(requester, null, null), null, null, turns, asOf);
    }
}
