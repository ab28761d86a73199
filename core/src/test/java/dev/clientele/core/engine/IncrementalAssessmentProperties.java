package dev.clientele.core.engine;

import dev.clientele.core.Clientele;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.InvalidInputException;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.TurnInput;
import dev.clientele.core.engine.fixtures.KeywordPlaybook;
import dev.clientele.core.engine.fixtures.WordAnalyser;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationProposal;
import dev.clientele.playbooks.api.EscalationReason;
import dev.clientele.playbooks.api.PatternIds;
import dev.clientele.playbooks.spi.Playbook;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The engine keeps the prepared turns of the last input of each interaction; whatever the sequence
 * of inputs sent for one interaction, each answer must be the one a fresh engine gives.
 */
class IncrementalAssessmentProperties {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final List<String> TEXTS = List.of("I am still waiting", "Let me check", "I want your manager",
            "ok", "Czekam już godzinę", "thanks", "", "the call was recorded");

    private static Playbook[] playbooks() {
        return new Playbook[] {
                KeywordPlaybook.of("acme.waiting", "waiting", PatternIds.IMPATIENT, 0.7),
                KeywordPlaybook.of("acme.manager", "manager", PatternIds.NERVOUS, 0.8)
                        .escalating(new EscalationProposal(EscalationLevel.MANAGER, EscalationReason.CUSTOMER_REQUEST, "nervous"))};
    }

    private static Clientele engine() {
        return Clientele.builder().playbooks(playbooks()).textAnalyser(new WordAnalyser())
                .timeBudget(Duration.ofSeconds(5)).build();
    }

    /** One change to the last input sent; {@code kind} picks what, the numbers say where and how much. */
    private record Step(int kind, int at, int gap, int text, int from) {
    }

    private static Gen<Step> steps() {
        return integers().between(0, 6).zip(integers().between(0, 30), integers().between(-90, 600),
                integers().between(0, TEXTS.size() - 1), integers().between(0, 3),
                (k, at, gap, text, from) -> new Step(k, at, gap, text, from));
    }

    private static InteractionInput apply(InteractionInput last, Step s) {
        List<TurnInput> turns = new ArrayList<>(last.turns());
        TurnInput end = turns.get(turns.size() - 1);
        String from = List.of("customer", "agent", "system", "bot").get(s.from());
        Instant asOf = last.asOf();
        String language = last.language();
        PartyInput requester = last.requester();
        switch (s.kind()) {
            case 0, 1 -> turns.add(new TurnInput(end.at().plusSeconds(s.gap()), from, TEXTS.get(s.text())));
            case 2 -> {
                int i = s.at() % turns.size();
                TurnInput old = turns.get(i);
                turns.set(i, new TurnInput(old.at(), old.from(), TEXTS.get(s.text())));
            }
            case 3 -> turns.subList(Math.max(1, turns.size() - 1 - s.at() % 3), turns.size()).clear();
            case 4 -> asOf = s.at() % 3 == 0 ? null : turns.get(0).at().plusSeconds(s.gap() * 4L);
            case 5 -> language = s.at() % 3 == 0 ? null : s.at() % 3 == 1 ? "en" : "pl";
            default -> requester = new PartyInput(s.at() % 2 == 0 ? "u-1" : " ", null, List.of("end-user"));
        }
        if (turns.isEmpty()) {
            turns.add(end);
        }
        return new InteractionInput(last.id(), last.channel(), language, requester, last.account(), last.context(),
                turns, asOf);
    }

    private static String outcome(Clientele engine, InteractionInput input) {
        try {
            return engine.assess(input).toString();
        } catch (InvalidInputException e) {
            return "invalid: " + e.getMessage();
        }
    }

    @Test
    void everyAnswerOfAnEngineThatSawEarlierVersionsOfTheInteractionIsTheAnswerOfAFreshEngine() {
        int[] validAndInvalid = new int[2];
        qt().withExamples(60).forAll(lists().of(steps()).ofSizeBetween(1, 12)).checkAssert(steps -> {
            InteractionInput input = new InteractionInput("case-1", "chat", "en", new PartyInput("u-1", null, null), null,
                    null, List.of(new TurnInput(T0, "customer", "I am still waiting")), null);
            try (Clientele seasoned = engine()) {
                for (Step step : steps) {
                    input = apply(input, step);
                    String answer = outcome(seasoned, input);
                    try (Clientele fresh = engine()) {
                        assertThat(answer).isEqualTo(outcome(fresh, input));
                    }
                    validAndInvalid[answer.startsWith("invalid: ") ? 1 : 0]++;
                    // Keep sending changes to a valid history, as a host re-sending a conversation would.
                    if (answer.startsWith("invalid: ")) {
                        input = new InteractionInput(input.id(), input.channel(), "en", new PartyInput("u-1", null, null),
                                null, null, List.of(new TurnInput(T0, "customer", "I am still waiting")), null);
                    }
                }
            }
        });
        // Guards the generator: both outcomes must be exercised for the property to say anything.
        assertThat(validAndInvalid[0]).as("valid inputs").isGreaterThan(50);
        assertThat(validAndInvalid[1]).as("invalid inputs").isGreaterThan(20);
    }

    @Test
    void anInvalidNewTurnIsReportedWithItsPointerAsForAnyOtherInput() {
        try (Clientele c = engine()) {
            InteractionInput valid = new InteractionInput("case-1", "chat", "en", new PartyInput("u-1", null, null), null,
                    null, List.of(new TurnInput(T0, "customer", "I am still waiting"),
                    new TurnInput(T0.plusSeconds(60), "agent", "Let me check")), null);
            c.assess(valid);
            List<TurnInput> more = new ArrayList<>(valid.turns());
            more.add(new TurnInput(T0.plusSeconds(30), "bot", " "));
            InteractionInput invalid = new InteractionInput("case-1", "chat", "en", new PartyInput("u-1", null, null), null,
                    null, more, null);

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.assess(invalid))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("/turns/2/at: must not be before the previous turn")
                    .hasMessageContaining("/turns/2/from: must be one of customer, agent, system")
                    .hasMessageContaining("/turns/2/text: must not be blank");
        }
    }

    @Test
    void reAssessingAfterOneMoreTurnAnalysesOnlyThatTurn() {
        WordAnalyser analyser = new WordAnalyser();
        try (Clientele c = Clientele.builder().playbooks(playbooks()).textAnalyser(analyser)
                .timeBudget(Duration.ofSeconds(5)).build()) {
            List<TurnInput> turns = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                turns.add(new TurnInput(T0.plusSeconds(60L * i), i % 2 == 0 ? "customer" : "agent", "turn number " + i));
                c.assess(new InteractionInput("case-1", "chat", "en", new PartyInput("u-1", null, null), null, null,
                        List.copyOf(turns), null));
            }
            assertThat(analyser.calls()).isEqualTo(50);
        }
    }

    @Test
    void interactionsAreKeptApartByTheirIds() {
        try (Clientele seasoned = engine(); Clientele fresh = engine()) {
            List<TurnInput> turns = List.of(new TurnInput(T0, "customer", "I want your manager"));
            seasoned.assess(new InteractionInput("case-1", "chat", "en", new PartyInput("u-1", null, null), null, null,
                    turns, null));
            InteractionInput other = new InteractionInput("case-2", "chat", "pl", new PartyInput("u-2", null, null), null,
                    null, turns, null);
            assertThat(seasoned.assess(other)).isEqualTo(fresh.assess(other));
        }
    }
}
