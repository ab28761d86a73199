package dev.clientele.playbooks.testkit;

import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.testkit.fixtures.WaitingPlaybook;

import java.util.List;

/** The whole contract, run against a playbook that keeps it. */
class WaitingPlaybookContractTests implements PlaybookContract {

    @Override
    public Playbook playbook() {
        return new WaitingPlaybook();
    }

    @Override
    public List<InteractionInput> examples() {
        return List.of(
                InteractionBuilder.chat("pl-1").language("pl").customer("Czekam już trzecią godzinę na technika").build(),
                InteractionBuilder.chat("en-1").language("en").customer("I have been waiting for three hours").build());
    }
}
