package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.AccountView;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.Involvement;
import dev.clientele.playbooks.api.Role;

import java.util.Optional;

/**
 * Decisions that bind the contract need the payer (seed 003): when an end user who is neither
 * payer nor decision-maker asks to cancel, upgrade, downgrade, change the price or the invoice
 * details, the account's payer (or, failing that, its decision-maker) must take part.
 */
public final class ContractChanges {

    /** The reason given for the involvement. */
    public static final String WHY = "contract-change";

    private ContractChanges() {
    }

    /** The involvement this reading calls for, if any. */
    public static Optional<Involvement> involvement(Reading reading) {
        InteractionView view = reading.view();
        if (view.requester().bindsContract() || view.account().isEmpty()) {
            return Optional.empty();
        }
        boolean asked = reading.customerTurns().stream().anyMatch(t -> t.has(Signal.CONTRACT_CHANGE));
        if (!asked) {
            return Optional.empty();
        }
        AccountView account = view.account().get();
        Role role = account.contactWith(Role.PAYER).isPresent() || account.contactWith(Role.DECISION_MAKER).isEmpty()
                ? Role.PAYER : Role.DECISION_MAKER;
        return Optional.of(new Involvement(role, WHY));
    }
}
