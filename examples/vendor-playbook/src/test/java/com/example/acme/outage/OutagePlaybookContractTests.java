package com.example.acme.outage;

import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.testkit.InteractionBuilder;
import dev.clientele.playbooks.testkit.PlaybookContract;

import java.util.List;

/** Every mandatory requirement of docs/writing-a-playbook.md, checked by the Clientele testkit. */
class OutagePlaybookContractTests implements PlaybookContract {

    @Override
    public Playbook playbook() {
        return new OutagePlaybook();
    }

    @Override
    public List<InteractionInput> examples() {
        return List.of(
                InteractionBuilder.chat("pl-outage").language("pl")
                        .customer("Od rana nie mam internetu, co się dzieje?").build(),
                InteractionBuilder.phone("en-outage").language("en")
                        .customer("My internet is down again and I work from home").build());
    }
}
