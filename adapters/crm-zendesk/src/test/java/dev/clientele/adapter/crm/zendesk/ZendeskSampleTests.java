package dev.clientele.adapter.crm.zendesk;

import dev.clientele.adapter.json.imports.ImportResult;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.TurnInput;
import dev.clientele.playbooks.testkit.SharedData;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.clientele.adapter.crm.zendesk.Fixtures.assertContractValid;
import static dev.clientele.adapter.crm.zendesk.Fixtures.interaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The real Airbyte-recorded Zendesk sample in the shared data, read in place. */
class ZendeskSampleTests {

    private final ImportResult sample = ZendeskImport.withDefaults()
            .read(SharedData.require("crm/zendesk-api/zendesk_api_records_subset.jsonl"));

    @Test
    void importsBothTicketsOfTheEtlEnvelopeSampleAndNotTheTicketEmbeddedInATicketSkip() {
        assertThat(sample.interactions()).extracting(InteractionInput::id).containsExactly("1", "145");
        assertThat(sample.problems()).isEmpty();
        assertContractValid(sample);
    }

    @Test
    void turnsAVoicemailWithoutPublicCommentsIntoOnePhoneCustomerTurnFromItsDescription() {
        InteractionInput voicemail = interaction(sample, "145");
        assertThat(voicemail.channel()).isEqualTo("phone");
        assertThat(voicemail.requester().id()).isEqualTo("5527111815439");
        assertThat(voicemail.requester().roles()).containsExactly("end-user");
        assertThat(voicemail.account()).isNull();
        assertThat(voicemail.turns()).extracting(TurnInput::at, TurnInput::from)
                .containsExactly(tuple(Instant.parse("2022-09-19T14:53:49Z"), "customer"));
        assertThat(voicemail.turns().get(0).text()).startsWith("Call from: +1 (234) 601-8567");
    }

    @Test
    void attributesTheSampleTicketsCommentsToTheAgentWhoWroteThemInTimeOrder() {
        InteractionInput sampleTicket = interaction(sample, "1");
        assertThat(sampleTicket.channel()).isEqualTo("other");
        assertThat(sampleTicket.turns()).extracting(TurnInput::at, TurnInput::from, TurnInput::text).containsExactly(
                tuple(Instant.parse("2021-06-24T08:05:49Z"), "agent", "thank you !"),
                tuple(Instant.parse("2021-07-17T21:22:47Z"), "agent", "test message"));
    }
}
