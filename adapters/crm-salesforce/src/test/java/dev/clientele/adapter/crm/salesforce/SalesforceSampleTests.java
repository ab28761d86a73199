package dev.clientele.adapter.crm.salesforce;

import dev.clientele.adapter.json.imports.ImportProblem;
import dev.clientele.adapter.json.imports.ImportResult;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.TurnInput;
import dev.clientele.playbooks.testkit.SharedData;
import org.junit.jupiter.api.Test;

import static dev.clientele.adapter.crm.salesforce.Fixtures.IMPORT;
import static dev.clientele.adapter.crm.salesforce.Fixtures.IMPORTED_AT;
import static dev.clientele.adapter.crm.salesforce.Fixtures.assertContractValid;
import static dev.clientele.adapter.crm.salesforce.Fixtures.interaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The real ebikes and Coral Cloud {@code sf data tree} samples in the shared data, read in place. */
class SalesforceSampleTests {

    private final ImportResult sample = IMPORT.read(SharedData.require("crm/salesforce"));

    @Test
    void importsTheThreeCasesOfBothSampleAppsAndIgnoresContactsReviewsAndOpportunitiesAsInteractions() {
        assertThat(sample.interactions()).extracting(InteractionInput::id)
                .containsExactly("00001029", "CaseRef1", "CaseRef2");
        assertContractValid(sample);
    }

    @Test
    void linksTheCoralCloudCasesToTheirContactAndUsesTheDescriptionAsTheCustomerTurn() {
        InteractionInput cancellation = interaction(sample, "CaseRef1");
        assertThat(cancellation.channel()).isEqualTo("phone");
        assertThat(cancellation.requester().id()).isEqualTo("ContactRef155");
        assertThat(cancellation.requester().name()).isEqualTo("Sofia Rodriguez");
        assertThat(cancellation.account()).isNull();
        assertThat(cancellation.turns()).extracting(TurnInput::at, TurnInput::from)
                .containsExactly(tuple(IMPORTED_AT, "customer"));
        assertThat(cancellation.turns().get(0).text()).startsWith("Today, Sofia Rodriguez and her family");
    }

    @Test
    void keepsTheEbikesCaseOnItsAccountAndListsItAsEscalatedInSalesforce() {
        InteractionInput backpacks = interaction(sample, "00001029");
        assertThat(backpacks.channel()).isEqualTo("email");
        assertThat(backpacks.account().id()).isEqualTo("AccountRef3");
        assertThat(backpacks.account().name()).isEqualTo("Alpine Treckers");
        assertThat(sample.escalatedInSource()).containsExactly("00001029");
    }

    @Test
    void saysWhichAssumptionsItMadeBecauseTreeFilesCarryNoDatesAndTheEbikesCaseNoContact() {
        assertThat(sample.skipped()).isEmpty();
        assertThat(sample.problems()).extracting(ImportProblem::recordId, ImportProblem::reason).containsExactly(
                tuple("Case 00001029", "no ContactId and no SuppliedEmail; the requester is recorded as "
                        + "unknown-requester-of-00001029, an end user without a name"),
                tuple("Case 00001029", "no CreatedDate; dated at the import, " + IMPORTED_AT),
                tuple("Case CaseRef1", "no CreatedDate; dated at the import, " + IMPORTED_AT),
                tuple("Case CaseRef2", "no CreatedDate; dated at the import, " + IMPORTED_AT));
    }
}
