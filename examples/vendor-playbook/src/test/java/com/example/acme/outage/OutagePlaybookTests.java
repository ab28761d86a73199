package com.example.acme.outage;

import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.Recommendation.Kind;
import dev.clientele.playbooks.testkit.InteractionBuilder;
import dev.clientele.playbooks.testkit.PlaybookHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OutagePlaybookTests {

    private final PlaybookHarness harness = PlaybookHarness.byId(OutagePlaybook.ID);

    @AfterEach
    void stopTheEngine() {
        harness.close();
    }

    @Test
    void recognisesAPolishOutageComplaintAndAdvisesStatusEstimateAndACallBack() {
        harness.assess(InteractionBuilder.chat("c-1").language("pl")
                        .customer("Dzień dobry, od rana nie działa internet w całym bloku"))
                .observes(OutagePlaybook.OUTAGE_COMPLAINT, 0.6)
                .recommends("acme.outage.give-status")
                .advises("acme.outage.restore-estimate", "szacowany czas")
                .recommendsKind(Kind.FOLLOW_UP)
                .advises("acme.outage.proactive-callback", "oddzwonisz")
                .doesNotEscalate()
                .hasNoDiagnostics();
    }

    @Test
    void recognisesAnEnglishOutageComplaintWithTheQuotedWordsAsEvidence() {
        Assessment a = harness.assess(InteractionBuilder.email("c-2").language("en")
                        .customer("Hi. There is no internet at my place since 7am.")).observes(OutagePlaybook.OUTAGE_COMPLAINT)
                .advises("acme.outage.proactive-callback", "call the customer back").assessment();

        assertThat(a.observed().get(0).evidence()).singleElement()
                .satisfies(e -> assertThat(e.quote()).isEqualToIgnoringCase("no internet"));
        assertThat(a.recommendations()).allSatisfy(r -> assertThat(r.playbook()).isEqualTo(OutagePlaybook.ID));
    }

    @Test
    void saysNothingWhenTheCustomerDoesNotComplainAboutAnOutage() {
        harness.assess(InteractionBuilder.chat("c-3").language("en").customer("I would like to upgrade my plan to 1 Gbps"))
                .observesNothing().doesNotRecommend("acme.outage.give-status");
        harness.assess(InteractionBuilder.chat("c-4").language("pl").customer("Chciałbym zmienić pakiet na szybszy"))
                .observesNothing();
    }

    @Test
    void aRepeatComplaintIsProposedForASupervisorAndIsSurer() {
        Assessment first = harness.assess(InteractionBuilder.chat("c-5").language("en").customer("Outage again!")).assessment();
        Assessment repeat = harness.assess(InteractionBuilder.chat("c-5").language("en").context(0, 3).customer("Outage again!"))
                .escalatesTo(EscalationLevel.SUPERVISOR).assessment();

        assertThat(repeat.observed().get(0).confidence()).isGreaterThan(first.observed().get(0).confidence());
    }

    @Test
    void theStatusPageFromTheSettingsIsSharedWithTheCustomer() {
        try (PlaybookHarness configured = PlaybookHarness.of(new OutagePlaybook())
                .configuration(Map.of("acme.outage.status-page", "https://status.acme.example"))) {
            configured.assess(InteractionBuilder.chat("c-6").language("en").customer("no internet here"))
                    .advises("acme.outage.give-status", "https://status.acme.example");
        }
    }
}
