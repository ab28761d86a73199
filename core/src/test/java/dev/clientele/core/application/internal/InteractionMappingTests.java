package dev.clientele.core.application.internal;

import dev.clientele.core.application.port.in.AccountInput;
import dev.clientele.core.application.port.in.ContextInput;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.ServiceLevels;
import dev.clientele.core.application.port.in.TurnInput;
import dev.clientele.core.domain.conversation.Context;
import dev.clientele.core.domain.interaction.Interaction;
import dev.clientele.core.domain.party.PartyId;
import dev.clientele.core.domain.party.Payer;
import dev.clientele.playbooks.api.Channel;
import dev.clientele.playbooks.api.CommitmentFinding;
import dev.clientele.playbooks.api.Role;
import dev.clientele.playbooks.api.Speaker;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InteractionMappingTests {

    private static final Instant T0 = Instant.parse("2026-03-02T09:15:00Z");

    private static InteractionInput contractExample(Instant asOf) {
        return new InteractionInput("case-4711", "phone", "pl",
                new PartyInput("u-17", "Anna Nowak", List.of("end-user")),
                new AccountInput("acme", "ACME sp. z o.o.", "premium",
                        List.of(new PartyInput("u-2", "Jan Kowalski", List.of("payer", "decision-maker")))),
                new ContextInput(14, 3),
                List.of(new TurnInput(T0, "customer", "Dzień dobry, mam problem"),
                        new TurnInput(T0.plusSeconds(360), "agent", "Oddzwonię za kwadrans")),
                asOf);
    }

    @Test
    void mapsTheContractExampleIntoTheAggregate() {
        Interaction interaction = InteractionMapping.toInteraction(contractExample(T0.plusSeconds(900)));

        assertThat(interaction.id().value()).isEqualTo("case-4711");
        assertThat(interaction.channel()).isEqualTo(Channel.PHONE);
        assertThat(interaction.requester().roles()).containsExactly(Role.END_USER);
        assertThat(interaction.context()).isEqualTo(new Context(14, 3));
        assertThat(interaction.turns()).extracting(t -> t.from()).containsExactly(Speaker.CUSTOMER, Speaker.AGENT);
        assertThat(interaction.account()).hasValueSatisfying(a -> {
            assertThat(a.people()).extracting(p -> p.id().value()).containsExactly("u-17", "u-2");
            assertThat(a.payer()).isEqualTo(Payer.known(new PartyId("u-2")));
            assertThat(a.tier()).isEqualTo("premium");
        });
        assertThat(interaction.history()).hasSize(1);
        assertThat(interaction.history().get(0).at()).isEqualTo(T0.plusSeconds(900));
    }

    @Test
    void saysExplicitlyThatThePayerIsUnknownWhenNobodyOnTheAccountPays() {
        InteractionInput input = new InteractionInput("c", "chat", null, new PartyInput("u-1", null, null),
                new AccountInput("acme", null, null, null), null,
                List.of(new TurnInput(T0, "customer", "Hello")), null);
        Interaction interaction = InteractionMapping.toInteraction(input);
        assertThat(interaction.account().orElseThrow().payer()).isEqualTo(Payer.UNKNOWN);
        assertThat(interaction.requester().roles()).containsExactly(Role.END_USER);
    }

    @Test
    void mergesTheRolesOfARequesterWhoIsAlsoListedAsAContact() {
        InteractionInput input = new InteractionInput("c", "email", null, new PartyInput("u-2", "Jan", List.of("end-user")),
                new AccountInput("acme", null, null, List.of(new PartyInput("u-2", null, List.of("payer")))), null,
                List.of(new TurnInput(T0, "customer", "Hello")), null);
        Interaction interaction = InteractionMapping.toInteraction(input);
        assertThat(interaction.requester().roles()).containsExactlyInAnyOrder(Role.END_USER, Role.PAYER);
        assertThat(interaction.requester().name()).isEqualTo("Jan");
        assertThat(interaction.account().orElseThrow().payer()).isEqualTo(Payer.known(new PartyId("u-2")));
    }

    @Test
    void mapsAProspectWithoutAnAccount() {
        InteractionInput input = new InteractionInput("c", "social", "en", new PartyInput("p-1", null, List.of("prospect")),
                null, null, List.of(new TurnInput(T0, "customer", "How much is it?")), null);
        Interaction interaction = InteractionMapping.toInteraction(input);
        assertThat(interaction.requester().isProspect()).isTrue();
        assertThat(interaction.account()).isEmpty();
        assertThat(interaction.context()).isEqualTo(Context.NONE);
    }

    @Test
    void assessesAtTheLastTurnWhenNoAsOfIsGiven() {
        assertThat(InteractionMapping.asOf(contractExample(null))).isEqualTo(T0.plusSeconds(360));
        assertThat(InteractionMapping.asOf(contractExample(T0.plusSeconds(60)))).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void givesTheContractExamplesServiceLevels() {
        Instant asOf = Instant.parse("2026-03-02T09:30:00Z");
        Interaction interaction = InteractionMapping.toInteraction(contractExample(asOf));
        CommitmentFinding callback = new CommitmentFinding(1, "callback", Instant.parse("2026-03-02T09:36:00Z"), "Oddzwonię za kwadrans");

        ServiceLevels sla = InteractionMapping.serviceLevels(interaction, List.of(callback), asOf);

        assertThat(sla.firstResponse()).contains(new ServiceLevels.FirstResponse(
                Instant.parse("2026-03-02T09:25:00Z"), Optional.of(Instant.parse("2026-03-02T09:21:00Z")),
                ServiceLevels.ClockStatus.MET));
        assertThat(sla.commitments()).containsExactly(new ServiceLevels.CommitmentClock(
                "callback", 1, Instant.parse("2026-03-02T09:36:00Z"), ServiceLevels.ClockStatus.PENDING));
    }

    @Test
    void readsACommitmentAsBrokenOnceItsDueTimeHasPassedWithoutAnAgentTurn() {
        Instant asOf = Instant.parse("2026-03-02T09:40:00Z");
        Interaction interaction = InteractionMapping.toInteraction(contractExample(asOf));
        CommitmentFinding callback = new CommitmentFinding(1, "callback", Instant.parse("2026-03-02T09:36:00Z"), "Oddzwonię");
        assertThat(InteractionMapping.serviceLevels(interaction, List.of(callback), asOf).commitments())
                .extracting(ServiceLevels.CommitmentClock::status).containsExactly(ServiceLevels.ClockStatus.BROKEN);
    }

    @Test
    void rejectsAFindingThatDoesNotPointAtAnAgentTurn() {
        Instant asOf = T0.plusSeconds(900);
        Interaction interaction = InteractionMapping.toInteraction(contractExample(asOf));
        CommitmentFinding onCustomerTurn = new CommitmentFinding(0, "callback", asOf, "Oddzwonię");
        assertThatThrownBy(() -> InteractionMapping.serviceLevels(interaction, List.of(onCustomerTurn), asOf))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an agent turn");
    }

    @Test
    void refusesToMapInputThatBreaksTheDomainRules() {
        InteractionInput prospectWithAccount = new InteractionInput("c", "chat", null,
                new PartyInput("p-1", null, List.of("prospect")), new AccountInput("acme", null, null, null), null,
                List.of(new TurnInput(T0, "customer", "Hi")), null);
        assertThatThrownBy(() -> InteractionMapping.toInteraction(prospectWithAccount))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
