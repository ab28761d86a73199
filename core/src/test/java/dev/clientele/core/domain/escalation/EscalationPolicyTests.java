package dev.clientele.core.domain.escalation;

import dev.clientele.core.domain.lifecycle.Lifecycle;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationReason;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.clientele.playbooks.api.EscalationLevel.MANAGER;
import static dev.clientele.playbooks.api.EscalationLevel.SPECIALIST;
import static dev.clientele.playbooks.api.EscalationLevel.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

class EscalationPolicyTests {

    private static final Lifecycle OPEN = new Lifecycle.Open(Instant.parse("2026-03-02T09:00:00Z"));
    private static final Lifecycle CLOSED = new Lifecycle.Closed(Instant.parse("2026-03-02T09:00:00Z"));

    private static Decision up(Lifecycle state, Optional<EscalationLevel> current, EscalationLevel to, EscalationReason reason) {
        return EscalationPolicy.decide(new EscalationRequest.Up(state, current, to, reason));
    }

    @Test
    void escalatesANervousCustomerOneLevelUpToTheSupervisor() {
        assertThat(up(OPEN, Optional.empty(), SUPERVISOR, EscalationReason.CUSTOMER_REQUEST)).isEqualTo(Decision.ALLOWED);
        assertThat(up(OPEN, Optional.of(SUPERVISOR), MANAGER, EscalationReason.CUSTOMER_REQUEST)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void refusesToSkipTheSupervisorWhenTheCustomerMerelyAsksForAManager() {
        assertThat(up(OPEN, Optional.empty(), MANAGER, EscalationReason.CUSTOMER_REQUEST))
                .isInstanceOfSatisfying(Decision.Refused.class, r -> assertThat(r.rule()).isEqualTo("one-level-at-a-time"));
    }

    @Test
    void letsAbuseAndContractDecisionsGoStraightToAManager() {
        assertThat(up(OPEN, Optional.empty(), MANAGER, EscalationReason.ABUSE)).isEqualTo(Decision.ALLOWED);
        assertThat(up(OPEN, Optional.empty(), MANAGER, EscalationReason.CONTRACT_DECISION)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void refusesToEscalateToTheLevelItIsAlreadyAt() {
        assertThat(up(OPEN, Optional.of(SUPERVISOR), SUPERVISOR, EscalationReason.SLA_BREACH).isAllowed()).isFalse();
    }

    @Test
    void handsOverToASpecialistAtAnyLevel() {
        assertThat(up(OPEN, Optional.empty(), SPECIALIST, EscalationReason.NEEDS_EXPERTISE)).isEqualTo(Decision.ALLOWED);
        assertThat(up(OPEN, Optional.of(MANAGER), SPECIALIST, EscalationReason.NEEDS_EXPERTISE)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void neverEscalatesAClosedInteraction() {
        assertThat(up(CLOSED, Optional.empty(), SUPERVISOR, EscalationReason.ABUSE))
                .isInstanceOfSatisfying(Decision.Refused.class,
                        r -> assertThat(r.rule()).isEqualTo("closed-interaction-cannot-escalate"));
    }

    @Test
    void needsAResolutionNoteToStepDown() {
        assertThat(EscalationPolicy.decide(new EscalationRequest.Down(OPEN, Optional.of(MANAGER), Optional.of(SUPERVISOR), " ")))
                .isInstanceOfSatisfying(Decision.Refused.class,
                        r -> assertThat(r.rule()).isEqualTo("deescalation-needs-resolution-note"));
        assertThat(EscalationPolicy.decide(new EscalationRequest.Down(OPEN, Optional.of(MANAGER), Optional.empty(),
                "Refund approved by the manager"))).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void refusesToStepDownFromNoEscalation() {
        assertThat(EscalationPolicy.decide(new EscalationRequest.Down(OPEN, Optional.empty(), Optional.empty(), "Done")))
                .isInstanceOfSatisfying(Decision.Refused.class, r -> assertThat(r.rule()).isEqualTo("deescalation-goes-down"));
    }

    @Test
    void listsEveryRuleInOnePlace() {
        assertThat(EscalationPolicy.allCurrentRules()).extracting(EscalationPolicy.Rule::name).containsExactly(
                "closed-interaction-cannot-escalate", "one-level-at-a-time", "deescalation-needs-resolution-note",
                "deescalation-goes-down");
    }

    @Test
    void capsAnAdvisedEscalationAtOneLevelAboveTheCurrentOne() {
        assertThat(EscalationPolicy.furthestAllowed(Optional.empty(), MANAGER, List.of(EscalationReason.CUSTOMER_REQUEST)))
                .contains(SUPERVISOR);
        assertThat(EscalationPolicy.furthestAllowed(Optional.empty(), MANAGER,
                List.of(EscalationReason.CUSTOMER_REQUEST, EscalationReason.ABUSE))).contains(MANAGER);
        assertThat(EscalationPolicy.furthestAllowed(Optional.of(MANAGER), SUPERVISOR, List.of(EscalationReason.SLA_BREACH)))
                .isEmpty();
        assertThat(EscalationPolicy.furthestAllowed(Optional.of(MANAGER), SPECIALIST, List.of(EscalationReason.NEEDS_EXPERTISE)))
                .contains(SPECIALIST);
    }
}
