package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.AccountView;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.Involvement;
import dev.clientele.playbooks.api.Role;

import java.util.Optional;

/**
 * Decisions that bind the contract need the payer (seed 003): when an end user who is neither
 * payer nor decision-maker asks for one ({@link ContractDecisions}: to end, sign, renew, upgrade or
 * downgrade the contract, or change the plan, the price or the invoice details), the account's
 * payer (or, failing that, its decision-maker) must take part.
 */
public final class ContractChanges {

    /** The reason given for the involvement. */
    public static final String WHY = "contract-change";

    private ContractChanges() {
    }

    /** The involvement this reading calls for, if any, by the compiled contract words. */
    public static Optional<Involvement> involvement(Reading reading, ContractDecisions decisions) {
        InteractionView view = reading.view();
        if (view.requester().bindsContract() || view.account().isEmpty()) {
            return Optional.empty();
        }
        boolean asked = reading.customerTurns().stream().anyMatch(t -> decisions.asked(t.turn())
                || t.of(Signal.CONTRACT_CHANGE).stream().anyMatch(h -> decisions.stands(t.turn(), h.firstToken())));
        if (!asked) {
            return Optional.empty();
        }
        AccountView account = view.account().get();
        Role role = account.contactWith(Role.PAYER).isPresent() || account.contactWith(Role.DECISION_MAKER).isEmpty()
                ? Role.PAYER : Role.DECISION_MAKER;
        return Optional.of(new Involvement(role, WHY));
    }
}
