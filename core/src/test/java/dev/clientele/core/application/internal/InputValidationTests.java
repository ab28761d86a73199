package dev.clientele.core.application.internal;

import dev.clientele.core.application.port.in.AccountInput;
import dev.clientele.core.application.port.in.ContextInput;
import dev.clientele.core.application.port.in.InputLimits;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.InvalidInputException;
import dev.clientele.core.application.port.in.InvalidInputException.Violation;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.TurnInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputValidationTests {

    private static final Instant T0 = Instant.parse("2026-03-02T09:15:00Z");

    private static PartyInput person(String id, String... roles) {
        return new PartyInput(id, "Anna Nowak", Arrays.asList(roles));
    }

    private static TurnInput turn(int minute, String from) {
        return new TurnInput(T0.plusSeconds(60L * minute), from, "Dzień dobry");
    }

    private static InteractionInput valid() {
        return new InteractionInput("case-4711", "phone", "pl", person("u-17", "end-user"),
                new AccountInput("acme", "ACME sp. z o.o.", "premium", List.of(person("u-2", "payer", "decision-maker"))),
                new ContextInput(14, 3), List.of(turn(0, "customer"), turn(6, "agent")), T0.plusSeconds(900));
    }

    private static InteractionInput withTurns(List<TurnInput> turns) {
        InteractionInput v = valid();
        return new InteractionInput(v.id(), v.channel(), v.language(), v.requester(), v.account(), v.context(), turns, null);
    }

    private static InteractionInput withRequester(PartyInput requester, AccountInput account) {
        InteractionInput v = valid();
        return new InteractionInput(v.id(), v.channel(), v.language(), requester, account, v.context(), v.turns(), v.asOf());
    }

    private static List<String> problemsOf(InteractionInput input) {
        return InputValidation.problems(input).stream().map(Violation::toString).toList();
    }

    @Test
    void acceptsTheContractsExampleInteraction() {
        assertThatCode(() -> InputValidation.check(valid())).doesNotThrowAnyException();
        assertThat(InputValidation.problems(valid())).isEmpty();
    }

    @Test
    void acceptsAMinimalInteractionWithoutOptionalParts() {
        InteractionInput minimal = new InteractionInput("c", "chat", null, new PartyInput("u", null, null),
                null, null, List.of(turn(0, "customer")), null);
        assertThat(InputValidation.problems(minimal)).isEmpty();
    }

    @Test
    void namesAMissingTurnTimeByItsJsonPointer() {
        List<TurnInput> turns = new ArrayList<>(List.of(turn(0, "customer"), turn(1, "agent"), turn(2, "customer")));
        turns.add(new TurnInput(null, "agent", "Już sprawdzam"));
        assertThatThrownBy(() -> InputValidation.check(withTurns(turns)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("/turns/3/at", "must not be null")));
    }

    @Test
    void rejectsATurnThatGoesBackInTime() {
        List<TurnInput> turns = List.of(turn(0, "customer"), turn(5, "agent"), turn(5, "customer"), turn(4, "agent"));
        assertThat(problemsOf(withTurns(turns))).containsExactly("/turns/3/at: must not be before the previous turn");
    }

    @Test
    void comparesATurnAfterAMissingTimeWithTheLastKnownTime() {
        List<TurnInput> turns = List.of(turn(5, "customer"), new TurnInput(null, "agent", "x"), turn(4, "customer"));
        assertThat(problemsOf(withTurns(turns))).containsExactly(
                "/turns/1/at: must not be null", "/turns/2/at: must not be before the previous turn");
    }

    @Test
    void acceptsTurnsAtTheSameInstant() {
        assertThat(problemsOf(withTurns(List.of(turn(1, "customer"), turn(1, "agent"), turn(1, "system"))))).isEmpty();
    }

    @Test
    void rejectsAnAsOfBeforeTheFirstTurn() {
        InteractionInput v = valid();
        InteractionInput early = new InteractionInput(v.id(), v.channel(), v.language(), v.requester(), v.account(),
                v.context(), v.turns(), T0.minusSeconds(1));
        assertThat(problemsOf(early)).containsExactly("/asOf: must not be before the first turn");
    }

    @Test
    void acceptsAnAsOfBetweenTurnsBecauseLaterTurnsAreIgnored() {
        InteractionInput v = valid();
        InteractionInput between = new InteractionInput(v.id(), v.channel(), v.language(), v.requester(), v.account(),
                v.context(), v.turns(), T0.plusSeconds(60));
        assertThat(problemsOf(between)).isEmpty();
    }

    @Test
    void rejectsAnInteractionWithoutTurns() {
        assertThat(problemsOf(withTurns(List.of()))).containsExactly("/turns: size must be between 1 and " + InputLimits.MAX_TURNS);
    }

    @Test
    void namesAnUnknownRoleByTheIndexOfTheListElement() {
        assertThat(problemsOf(withRequester(person("u-17", "end-user", "boss"), valid().account())))
                .containsExactly("/requester/roles/1: must be one of end-user, payer, decision-maker, prospect, internal");
    }

    @Test
    void rejectsARoleListedTwiceBecauseRolesAreASet() {
        assertThat(problemsOf(withRequester(person("u-17", "payer", "end-user", "payer"), valid().account())))
                .containsExactly("/requester/roles/2: must not repeat a role");
    }

    @Test
    void rejectsAProspectWithAnAccount() {
        assertThat(problemsOf(withRequester(person("u-9", "prospect"), valid().account())))
                .containsExactly("/account: must be absent when the requester is a prospect");
    }

    @Test
    void acceptsAProspectWithoutAnAccount() {
        assertThat(problemsOf(withRequester(person("u-9", "prospect"), null))).isEmpty();
    }

    @Test
    void rejectsAProspectWhoAlsoPays() {
        assertThat(problemsOf(withRequester(person("u-9", "prospect", "payer"), null)))
                .containsExactly("/requester/roles: " + InputValidation.PROSPECT_BINDS_CONTRACT);
    }

    @Test
    void rejectsAnAccountContactWhoIsAProspect() {
        AccountInput account = new AccountInput("acme", null, null, List.of(person("u-2", "end-user", "prospect")));
        assertThat(problemsOf(withRequester(person("u-17", "end-user"), account)))
                .containsExactly("/account/contacts/0/roles/1: " + InputValidation.CONTACT_IS_PROSPECT);
    }

    @Test
    void rejectsTheSameContactListedTwice() {
        AccountInput account = new AccountInput("acme", null, null, List.of(person("u-2", "payer"), person("u-3"), person("u-2", "end-user")));
        assertThat(problemsOf(withRequester(person("u-17", "end-user"), account)))
                .containsExactly("/account/contacts/2/id: must not repeat the id of an earlier contact");
    }

    @Test
    void namesANestedContactFieldByItsFullPointer() {
        AccountInput account = new AccountInput("acme", null, null, List.of(person("u-2", "payer"), person(" ", "payer")));
        assertThat(problemsOf(withRequester(person("u-17", "end-user"), account)))
                .containsExactly("/account/contacts/1/id: must not be blank");
    }

    @Test
    void namesANullTurnByItsIndex() {
        List<TurnInput> turns = new ArrayList<>();
        turns.add(turn(0, "customer"));
        turns.add(null);
        assertThat(problemsOf(withTurns(turns))).containsExactly("/turns/1: must not be null");
    }

    @Test
    void reportsEveryProblemAtOnceSortedByPointer() {
        InteractionInput bad = new InteractionInput(" ", "fax", "de", new PartyInput(null, null, List.of("payer")),
                null, new ContextInput(-1, 0), List.of(new TurnInput(T0, "bot", "")), null);
        assertThat(problemsOf(bad)).containsExactly(
                "/channel: must be one of phone, email, chat, social, in-person, other",
                "/context/queueWaiting: must be greater than or equal to 0",
                "/id: must not be blank",
                "/language: must be one of pl, en",
                "/requester/id: must not be blank",
                "/turns/0/from: must be one of customer, agent, system",
                "/turns/0/text: must not be blank");
    }

    @Test
    void reportsANullDocumentAsAProblemOfTheRoot() {
        assertThatThrownBy(() -> InputValidation.check(null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("/: must not be null");
    }

    @Test
    void rejectsATurnLongerThanTheDocumentedLimit() {
        TurnInput huge = new TurnInput(T0, "customer", "a".repeat(InputLimits.MAX_TURN_CHARACTERS + 1));
        assertThat(problemsOf(withTurns(List.of(huge))))
                .containsExactly("/turns/0/text: size must be between 0 and " + InputLimits.MAX_TURN_CHARACTERS);
    }
}
