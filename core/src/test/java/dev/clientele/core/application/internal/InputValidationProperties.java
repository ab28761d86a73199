package dev.clientele.core.application.internal;

import dev.clientele.core.application.port.in.AccountInput;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.InvalidInputException.Violation;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.TurnInput;
import dev.clientele.core.domain.interaction.Interaction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

class InputValidationProperties {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final List<String> ROLES = List.of("end-user", "payer", "decision-maker", "prospect", "internal", "boss", "");

    /** Offsets in seconds from T0 (possibly going back), null standing for a missing time. */
    private static Gen<List<Integer>> offsets() {
        return lists().of(Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(9, integers().between(-600, 3600)),
                org.quicktheories.api.Pair.of(1, Generate.constant((Integer) null))))).ofSizeBetween(1, 15);
    }

    private static <T> Gen<T> mostly(Gen<T> usual, Gen<T> rare) {
        return Generate.frequency(List.of(org.quicktheories.api.Pair.of(12, usual), org.quicktheories.api.Pair.of(1, rare)));
    }

    private static Gen<InteractionInput> inputs() {
        Gen<List<String>> roles = lists().of(mostly(Generate.pick(List.of("end-user", "payer", "decision-maker", "internal")),
                Generate.pick(ROLES))).ofSizeBetween(0, 2);
        Gen<PartyInput> party = mostly(Generate.pick(List.of("u-1", "u-2", "u-3")), Generate.constant(" "))
                .zip(roles, (id, r) -> new PartyInput(id, null, r));
        Gen<AccountInput> account = Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(1, Generate.constant((AccountInput) null)),
                org.quicktheories.api.Pair.of(2, lists().of(party).ofSizeBetween(0, 3).map(c -> new AccountInput("acme", null, null, c)))));
        Gen<String> channel = mostly(Generate.pick(List.of("phone", "email", "chat", "social", "in-person", "other")),
                Generate.constant("fax"));
        Gen<String> from = mostly(Generate.pick(List.of("customer", "agent", "system")), Generate.constant("bot"));
        Gen<String> text = mostly(Generate.pick(List.of("hello", "ok", "Dzień dobry")), Generate.pick(List.of("", " ")));
        // Gaps mostly forward, sometimes back; a missing time now and then.
        Gen<Integer> gap = mostly(integers().between(0, 600), Generate.pick(java.util.Arrays.asList(-120, (Integer) null)));
        Gen<List<TurnInput>> turns = lists().of(gap.zip(from, text, (g, f, t) -> new Object[] {g, f, t})).ofSizeBetween(1, 10)
                .map(steps -> {
                    List<TurnInput> list = new ArrayList<>();
                    Instant at = T0;
                    for (Object[] step : steps) {
                        Integer g = (Integer) step[0];
                        if (g != null) {
                            at = at.plusSeconds(g);
                        }
                        list.add(new TurnInput(g == null ? null : at, (String) step[1], (String) step[2]));
                    }
                    return list;
                });
        Gen<Instant> asOf = Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(3, Generate.constant((Instant) null)),
                org.quicktheories.api.Pair.of(2, integers().between(-60, 7200).map(T0::plusSeconds))));
        return channel.zip(party, account, turns, (c, p, a, t) -> new InteractionInput("case-1", c, null, p, a, null, t, null))
                .zip(asOf, (i, at) -> new InteractionInput(i.id(), i.channel(), i.language(), i.requester(), i.account(),
                        i.context(), i.turns(), at));
    }

    @Test
    void anyInputIsEitherValidAndMapsIntoTheDomainOrRejectedWithPointersNeverAnotherException() {
        int[] validAndInvalid = new int[2];
        qt().withExamples(2000).forAll(inputs()).checkAssert(input -> {
            List<Violation> problems = InputValidation.problems(input);
            assertThat(problems).isSorted().doesNotHaveDuplicates()
                    .allSatisfy(v -> assertThat(v.pointer()).matches("(/[A-Za-z0-9]+)+"));
            validAndInvalid[problems.isEmpty() ? 0 : 1]++;
            if (problems.isEmpty()) {
                Interaction interaction = InteractionMapping.toInteraction(input);
                assertThat(interaction.turns()).hasSameSizeAs(input.turns());
            }
        });
        // Guards the generator: both outcomes must be exercised for the property to say anything.
        assertThat(validAndInvalid[0]).as("valid inputs").isGreaterThan(50);
        assertThat(validAndInvalid[1]).as("invalid inputs").isGreaterThan(50);
    }

    @Test
    void turnsOutOfOrderAreRejectedExactlyAtEachTurnBeforeTheLatestKnownTime() {
        qt().withExamples(1000).forAll(offsets()).checkAssert(offsets -> {
            List<TurnInput> turns = new ArrayList<>();
            offsets.forEach(s -> turns.add(new TurnInput(s == null ? null : T0.plusSeconds(s), "customer", "hello")));
            InteractionInput input = new InteractionInput("c", "chat", null, new PartyInput("u", null, null), null, null, turns, null);

            List<String> expected = new ArrayList<>();
            Instant latest = null;
            for (int i = 0; i < offsets.size(); i++) {
                Integer s = offsets.get(i);
                if (s == null) {
                    expected.add("/turns/" + i + "/at: must not be null");
                    continue;
                }
                Instant at = T0.plusSeconds(s);
                if (latest != null && at.isBefore(latest)) {
                    expected.add("/turns/" + i + "/at: must not be before the previous turn");
                } else {
                    latest = at;
                }
            }
            assertThat(InputValidation.problems(input)).extracting(Violation::toString)
                    .containsExactlyInAnyOrderElementsOf(expected);
        });
    }
}
