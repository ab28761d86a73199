package dev.clientele.benchmarks.drools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientele.core.Clientele;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.playbooks.testkit.SharedData;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTests {

    @Test
    void droolsAndTheBuiltInPlaybooksAgreeOnTheLabelledSetForTheSharedSubset() {
        List<InteractionInput> labelled = LabelledMessages.read(SharedData.require("labelled/dev.jsonl"));
        try (Clientele clientele = Clientele.builder().build()) {
            assertThat(clientele.playbooks()).anySatisfy(p -> assertThat(p.descriptor().claimsBuiltInId()).isTrue());
            DroolsPeer peer = Peers.shared();
            Agreement agreement = Agreement.measure(clientele, peer, labelled);
            System.err.println("AGREEMENT " + agreement.agreed() + "/" + agreement.compared());
            agreement.differences().forEach(d -> System.err.println("DIFF " + d));
            assertThat(agreement.compared()).isEqualTo(labelled.size()).isGreaterThan(400);
            assertThat(agreement.differences()).isEmpty();
        }
    }
}
