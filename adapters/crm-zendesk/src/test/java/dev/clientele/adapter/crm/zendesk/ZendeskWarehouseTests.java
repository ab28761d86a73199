package dev.clientele.adapter.crm.zendesk;

import dev.clientele.adapter.json.imports.ImportProblem;
import dev.clientele.adapter.json.imports.ImportResult;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.TurnInput;
import dev.clientele.playbooks.testkit.SharedData;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.clientele.adapter.crm.zendesk.Fixtures.assertContractValid;
import static dev.clientele.adapter.crm.zendesk.Fixtures.interaction;
import static dev.clientele.adapter.crm.zendesk.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The CSV tables a warehouse sync lands, read as the same export the API would give. */
class ZendeskWarehouseTests {

    @Test
    void importsTheWarehouseTablesOfAnExportExactlyAsItsApiFiles() {
        ZendeskImport configured = ZendeskImport.builder().tierField("plan").build();

        assertThat(ZendeskImport.withDefaults().read(resource("warehouse")))
                .isEqualTo(ZendeskImport.withDefaults().read(resource("api")));
        // The warehouse has no organization_fields, so only the tier differs.
        assertThat(interaction(configured.read(resource("warehouse")), "101").account().tier()).isNull();
    }

    @Test
    void readsQuotedCellsWithCommasQuotesAndLineBreaksAndReportsACellThatNeverCloses() {
        ImportResult quirks = ZendeskImport.withDefaults().read(resource("warehouse-quirks"));

        assertThat(quirks.interactions()).extracting(InteractionInput::id, InteractionInput::channel)
                .containsExactly(tuple("105", "phone"));
        assertThat(interaction(quirks, "105").turns()).containsExactly(new TurnInput(
                Instant.parse("2025-06-07T10:00:00Z"), "customer", "She wrote: \"it says\r\nerror 42\", then hung up."));
        assertThat(quirks.problems()).containsExactly(ImportProblem.skipped("file ticket_comment_data.csv",
                "not a readable CSV table: a quoted cell is not closed before the end of the file;"
                        + " the rest of this file is left out"));
    }

    @Test
    void importsTheSharedWarehouseSeedsLeavingOutDeletedTicketsAndCommentsOfTicketsNotInThem() {
        ImportResult seeds = ZendeskImport.withDefaults().read(SharedData.require("crm/zendesk-warehouse"));

        assertThat(seeds.interactions()).extracting(InteractionInput::id)
                .containsExactly("11071", "1404", "14173", "16988", "1966", "4721", "6171", "6605");
        assertContractValid(seeds);
        InteractionInput fieldHistory = interaction(seeds, "11071");
        assertThat(fieldHistory.channel()).isEqualTo("email");
        assertThat(fieldHistory.requester().id()).isEqualTo("2222");
        assertThat(fieldHistory.turns()).extracting(TurnInput::at, TurnInput::from, TurnInput::text)
                .containsExactly(tuple(Instant.parse("2020-08-28T18:06:36Z"), "customer", "Ticket to test field history changes"));
        assertThat(seeds.problems()).filteredOn(p -> p.recordId().startsWith("ticket"))
                .extracting(ImportProblem::toString)
                .containsExactly("ticket 11013: deleted in Zendesk (skipped)", "ticket 1595: deleted in Zendesk (skipped)");
        // The seeds' 20 comments belong to tickets that the ticket table does not hold.
        assertThat(seeds.problems()).filteredOn(p -> p.recordId().startsWith("comment")).hasSize(20)
                .allSatisfy(p -> assertThat(p.reason()).matches("its ticket \\d+ is not in the export"));
    }
}
