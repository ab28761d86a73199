package dev.clientele.benchmarks.drools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientele.benchmarks.generate.SyntheticInteractions;
import dev.clientele.benchmarks.jmh.DefaultEngine;
import dev.clientele.core.Clientele;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.playbooks.testkit.SharedData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTests {

    @Test
    void droolsAndTheBuiltInPlaybooksAgreeOnTheLabelledSetForTheSharedSubset() {
        List<InteractionInput> labelled = LabelledMessages.read(SharedData.require("labelled/dev.jsonl"));
        try (Clientele clientele = DefaultEngine.rulesOnly()) {
            assertThat(clientele.playbooks()).anySatisfy(p -> assertThat(p.descriptor().claimsBuiltInId()).isTrue());
            DroolsPeer peer = Peers.shared();
            Agreement agreement = Agreement.measure(clientele, peer, labelled);
            assertThat(agreement.compared()).isEqualTo(labelled.size()).isGreaterThan(400);
            assertThat(agreement.withFindings()).as("messages with a finding of the subset").isGreaterThan(40);
            assertThat(agreement.differences()).isEmpty();
        }
    }

    @Test
    void theyAlsoAgreeOnGeneratedMultiTurnConversations() {
        SyntheticInteractions source = new SyntheticInteractions(11);
        List<InteractionInput> conversations = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            conversations.add(i % 4 == 0 ? source.conversation(i % 8 == 0 ? "pl" : "en", 12) : source.next());
        }
        try (Clientele clientele = DefaultEngine.rulesOnly()) {
            Agreement agreement = Agreement.measure(clientele, Peers.shared(), conversations);
            assertThat(agreement.patternsOnly()).as("compared on patterns only").isLessThan(conversations.size() / 4);
            assertThat(agreement.withFindings()).as("conversations with a finding of the subset").isGreaterThan(100);
            assertThat(agreement.differences()).isEmpty();
        }
    }
}
