package dev.clientele.adapter.crm.salesforce;

import dev.clientele.adapter.json.imports.ImportProblem;
import dev.clientele.adapter.json.imports.ImportResult;
import dev.clientele.core.application.port.in.AccountInput;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.TurnInput;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.clientele.adapter.crm.salesforce.Fixtures.IMPORT;
import static dev.clientele.adapter.crm.salesforce.Fixtures.IMPORTED_AT;
import static dev.clientele.adapter.crm.salesforce.Fixtures.assertContractValid;
import static dev.clientele.adapter.crm.salesforce.Fixtures.interaction;
import static dev.clientele.adapter.crm.salesforce.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SalesforceImportTests {

    private final ImportResult tree = IMPORT.read(resource("tree/sample-plan.json"));
    private final ImportResult rest = IMPORT.read(resource("rest"));

    @Test
    void importsEveryCaseOfATreeExportThroughItsPlanFile() {
        assertThat(tree.interactions()).extracting(InteractionInput::id)
                .containsExactly("00002001", "00002003", "CaseRef2");
        assertThat(tree.problems()).containsExactly(ImportProblem.assumed("Case CaseRef2",
                "no CreatedDate; dated at the import, " + IMPORTED_AT));
        assertContractValid(tree);
    }

    @Test
    void readsTheFolderOfATreeExportExactlyAsItsPlan() {
        assertThat(IMPORT.read(resource("tree"))).isEqualTo(tree);
    }

    @Test
    void takesRolesFromAccountContactRelationsAndListsTheAccountsPayersAndDecisionMakers() {
        InteractionInput portal = interaction(tree, "00002001");
        assertThat(portal.requester()).isEqualTo(new PartyInput("ContactRef1", "Anna Nowak", List.of("end-user")));
        assertThat(portal.account()).isEqualTo(new AccountInput("AccountRef1", "Brightwater Clinics", null, List.of(
                new PartyInput("ContactRef2", "Piotr Lis", List.of("decision-maker")),
                new PartyInput("ContactRef3", "Maja Sikora", List.of("payer")))));

        InteractionInput contract = interaction(tree, "00002003");
        assertThat(contract.requester().roles()).containsExactly("decision-maker");
        assertThat(contract.account().contacts()).extracting(PartyInput::id).containsExactly("ContactRef3");

        InteractionInput invoice = interaction(tree, "CaseRef2");
        assertThat(invoice.requester().roles()).containsExactly("payer", "decision-maker");
        assertThat(invoice.account().name()).isEqualTo("Kowalczyk i Synowie");
        assertThat(invoice.account().contacts()).isEmpty();
    }

    @Test
    void readsTheTierFromTheConfiguredAccountField() {
        ImportResult withTier = SalesforceImport.builder().tierField("Tier__c").clock(java.time.Clock.fixed(IMPORTED_AT,
                java.time.ZoneOffset.UTC)).build().read(resource("tree"));
        assertThat(interaction(withTier, "00002001").account().tier()).isEqualTo("gold");
        assertThat(interaction(withTier, "CaseRef2").account().tier()).isNull();
        assertThat(interaction(tree, "00002001").account().tier()).isNull();
    }

    @Test
    void startsWithTheDescriptionAsACustomerTurnThenPublishedCommentsAsAgentTurnsLeavingInternalOnesOut() {
        assertThat(interaction(tree, "00002001").turns()).extracting(TurnInput::at, TurnInput::from, TurnInput::text)
                .containsExactly(
                        tuple(Instant.parse("2025-04-07T08:00:00Z"), "customer", "Since this morning the booking portal"
                                + " rejects every appointment with an error. Patients are calling us and we cannot book anyone."),
                        tuple(Instant.parse("2025-04-07T08:40:00Z"), "agent",
                                "We have reproduced the error and the fix is being deployed; I will update you by 10:00."));
    }

    @Test
    void datesARecordWithoutCreatedDateAtTheImportAndSaysSo() {
        assertThat(interaction(tree, "CaseRef2").turns()).extracting(TurnInput::at).containsExactly(IMPORTED_AT);
    }

    @Test
    void listsTheCasesSalesforceMarksAsEscalatedBesideTheInteractions() {
        assertThat(tree.escalatedInSource()).containsExactlyInAnyOrder("00002001", "00002003");
        assertThat(rest.escalatedInSource()).containsExactly("500Qy00000ABCdEGAA");
    }

    @Test
    void mapsTheOriginOntoTheContractChannels() {
        assertThat(tree.interactions()).extracting(InteractionInput::id, InteractionInput::channel)
                .containsExactly(tuple("00002001", "email"), tuple("00002003", "chat"), tuple("CaseRef2", "phone"));
        assertThat(rest.interactions()).extracting(InteractionInput::channel).containsExactly("email", "phone");
    }

    @Test
    void importsRestQueryResultsWithNestedEmailMessagesAndSeparateCaseComments() {
        assertThat(rest.problems()).isEmpty();
        assertContractValid(rest);
        InteractionInput shipment = interaction(rest, "500Qy00000ABCdEFAA");
        assertThat(shipment.requester()).isEqualTo(new PartyInput("003Qy00000OLIvIAAA", "Olivia Grant", List.of("end-user")));
        assertThat(shipment.account()).isEqualTo(new AccountInput("001Qy00000XYZaBCAA", "Grant & Hale Outfitters", null,
                List.of(new PartyInput("003Qy00000HALeAAAA", null, List.of("payer")))));
        assertThat(shipment.turns()).extracting(TurnInput::at, TurnInput::from, TurnInput::text).containsExactly(
                tuple(Instant.parse("2025-03-04T09:15:00Z"), "customer",
                        "Two of the five boxes arrived crushed. I need replacements before Friday."),
                tuple(Instant.parse("2025-03-04T10:02:00Z"), "agent",
                        "Sorry about the damage. Replacements will ship tomorrow morning."),
                tuple(Instant.parse("2025-03-04T10:05:00Z"), "agent", "Replacement order 7731 created."),
                tuple(Instant.parse("2025-03-04T10:30:00Z"), "customer",
                        "Thanks, please send the tracking number as soon as you have it."));
    }

    @Test
    void takesTheAccountNameFromAParentLookupWithoutIdAndTheRequesterFromTheWebToCaseFields() {
        InteractionInput kayaks = interaction(rest, "500Qy00000ABCdEGAA");
        assertThat(kayaks.account()).isEqualTo(new AccountInput("001Qy00000FJOrdAAA", "Fjord Kayaks", null, List.of()));
        assertThat(kayaks.requester())
                .isEqualTo(new PartyInput("ops@fjordkayaks.example", "Fjord Kayaks operations", List.of("end-user")));
    }

    @Test
    void reportsEachBrokenRecordWithItsIdAndReasonAndStillImportsTheRest() {
        ImportResult broken = IMPORT.read(resource("broken"));

        assertThat(broken.interactions()).extracting(InteractionInput::id, InteractionInput::channel)
                .containsExactly(tuple("CaseRef13", "in-person"), tuple("CaseRef14", "other"));
        assertThat(interaction(broken, "CaseRef13").requester())
                .isEqualTo(new PartyInput("k.mazur@example.org", "Karolina Mazur", List.of("end-user")));
        assertThat(interaction(broken, "CaseRef13").account()).isNull();
        assertThat(interaction(broken, "CaseRef14").requester().id()).isEqualTo("unknown-requester-of-CaseRef14");
        assertThat(broken.problems()).extracting(ImportProblem::toString).containsExactly(
                "Case CaseRef11: ContactId @ContactRef99 refers to no Contact in the export (skipped)",
                "Case CaseRef12: nothing said: no Description, published CaseComment or EmailMessage (skipped)",
                "Case CaseRef13: AccountId @AccountRef77 refers to no Account in the export; imported without an account (imported)",
                "Case CaseRef14: CreatedDate is not a date-time: not a date; dated at the import, 2025-06-01T00:00:00Z (imported)",
                "Case CaseRef14: no ContactId and no SuppliedEmail; the requester is recorded as unknown-requester-of-CaseRef14, an end user without a name (imported)",
                "CaseComment CommentRef21: its Case @CaseRef404 is not in the export (skipped)",
                "file cases.json: a record without attributes.type or without an Id and a referenceId (skipped)",
                "file truncated.json: not valid JSON at line 3, column 97; the rest of this file is left out (skipped)");
        assertContractValid(broken);
    }

    @Test
    void reportsAFileThePlanListsButTheExportLacks(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        Files.copy(resource("tree/Cases.json"), temp.resolve("Cases.json"));
        Files.writeString(temp.resolve("plan.json"),
                "[{\"sobject\": \"Contact\", \"files\": [\"Contacts.json\"]}, {\"sobject\": \"Case\", \"files\": [\"Cases.json\"]}]");

        ImportResult partial = IMPORT.read(temp.resolve("plan.json"));

        assertThat(partial.skipped()).extracting(ImportProblem::toString).contains(
                "file Contacts.json: listed in plan.json but not found next to it (skipped)",
                "Case 00002001: ContactId @ContactRef1 refers to no Contact in the export (skipped)");
    }
}
