package dev.clientele.adapter.crm.zendesk;

import dev.clientele.adapter.json.imports.ImportProblem;
import dev.clientele.adapter.json.imports.ImportResult;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.TurnInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.clientele.adapter.crm.zendesk.Fixtures.assertContractValid;
import static dev.clientele.adapter.crm.zendesk.Fixtures.interaction;
import static dev.clientele.adapter.crm.zendesk.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ZendeskImportTests {

    private final ImportResult api = ZendeskImport.withDefaults().read(resource("api"));

    @Test
    void importsOneContractValidInteractionPerTicketOfAnApiExportFolder() {
        assertThat(api.interactions()).extracting(InteractionInput::id).containsExactly("101", "102", "103", "104");
        assertThat(api.problems()).isEmpty();
        assertContractValid(api);
    }

    @Test
    void keepsPublicCommentsInTimeOrderAndLeavesPrivateNotesOut() {
        assertThat(interaction(api, "101").turns()).extracting(TurnInput::at, TurnInput::from, TurnInput::text)
                .containsExactly(
                        tuple(Instant.parse("2025-06-02T09:00:00Z"), "customer",
                                "Dzień dobry, od rana panel zamówień pokazuje pusty ekran i nie możemy wysłać żadnej paczki."),
                        tuple(Instant.parse("2025-06-02T09:05:00Z"), "agent",
                                "Dzień dobry, sprawdzam to teraz i wrócę z informacją w ciągu 15 minut."),
                        tuple(Instant.parse("2025-06-02T09:20:00Z"), "customer",
                                "Czekam już dwadzieścia minut, kiedy w końcu ktoś to naprawi?"));
    }

    @Test
    void speaksAsCustomerForTheRequesterAndOtherEndUsersAndAsAgentForAgentsAndUnknownAuthors() {
        assertThat(interaction(api, "103").turns()).extracting(TurnInput::from, TurnInput::text).containsExactly(
                tuple("agent", "Call summary: Lena asked whether the delivery window can move to the afternoon."),
                tuple("customer", "Afternoon works for us, thank you."),
                tuple("agent", "Carrier confirmed the afternoon slot."),
                tuple("customer", "Please send the new slot to me as well."));
    }

    @Test
    void usesTheDescriptionAsTheFirstCustomerTurnWhenNoCommentIsPublic() {
        assertThat(interaction(api, "102").turns()).containsExactly(new TurnInput(Instant.parse("2025-06-03T14:10:00Z"),
                "customer", "I returned the scanner three weeks ago and the refund has still not arrived. How much longer?"));
        assertThat(interaction(api, "104").turns()).extracting(TurnInput::text)
                .containsExactly("@example_help my parcel has been stuck in the depot since Monday");
    }

    @Test
    void mapsTheViaChannelOntoTheContractChannels() {
        assertThat(api.interactions()).extracting(InteractionInput::id, InteractionInput::channel).containsExactly(
                tuple("101", "chat"), tuple("102", "email"), tuple("103", "phone"), tuple("104", "social"));
    }

    @Test
    void takesTheAccountFromTheOrganizationWithTheMembersTaggedAsPayersOrDecisionMakers() {
        InteractionInput ticket = interaction(api, "101");
        assertThat(ticket.requester()).isEqualTo(new PartyInput("700001", "Ewa Zielińska", List.of("end-user")));
        assertThat(ticket.account().id()).isEqualTo("900001");
        assertThat(ticket.account().name()).isEqualTo("Nordwind Logistics");
        assertThat(ticket.account().tier()).isNull();
        // Marek belongs to the organization only through a membership record; his tag differs in case.
        assertThat(ticket.account().contacts())
                .containsExactly(new PartyInput("700002", "Marek Wójcik", List.of("decision-maker")));
        assertThat(interaction(api, "102").account()).isNull();
        assertThat(interaction(api, "102").requester().roles()).containsExactly("end-user", "payer");
    }

    @Test
    void readsPayersFromTheConfiguredUserFieldAndTheTierFromTheConfiguredOrganizationField() {
        ImportResult configured = ZendeskImport.builder().payerField("billing_contact").payerTag(null)
                .tierField("plan").build().read(resource("api"));

        InteractionInput ticket = interaction(configured, "101");
        assertThat(ticket.account().tier()).isEqualTo("premium");
        assertThat(ticket.account().contacts()).containsExactly(
                new PartyInput("700002", "Marek Wójcik", List.of("decision-maker")),
                new PartyInput("700003", "Lena Park", List.of("payer")));
        assertThat(interaction(configured, "103").requester().roles()).containsExactly("end-user", "payer");
        assertThat(interaction(configured, "103").account().contacts()).extracting(PartyInput::id).containsExactly("700002");
        // With the tag source turned off, Sam's "payer" tag no longer counts.
        assertThat(interaction(configured, "102").requester().roles()).containsExactly("end-user");
    }

    @Test
    void reportsEachBrokenRecordWithItsIdAndReasonAndStillImportsTheRest() {
        ImportResult broken = ZendeskImport.withDefaults().read(resource("broken"));

        assertThat(broken.interactions()).extracting(InteractionInput::id).containsExactly("203");
        assertThat(interaction(broken, "203").channel()).isEqualTo("chat");
        assertThat(interaction(broken, "203").turns()).extracting(TurnInput::text)
                .containsExactly("Hello, my card payment was declined twice.");
        assertThat(broken.problems()).extracting(ImportProblem::recordId, ImportProblem::outcome).containsExactly(
                tuple("comment 6000002", ImportProblem.Outcome.SKIPPED),
                tuple("comment 6000003", ImportProblem.Outcome.SKIPPED),
                tuple("file records.jsonl line 4", ImportProblem.Outcome.SKIPPED),
                tuple("file truncated-tickets.json", ImportProblem.Outcome.SKIPPED),
                tuple("ticket 201", ImportProblem.Outcome.SKIPPED),
                tuple("ticket 202", ImportProblem.Outcome.SKIPPED),
                tuple("ticket 205", ImportProblem.Outcome.SKIPPED));
        assertThat(broken.problems()).extracting(ImportProblem::reason).containsExactly(
                "created_at is not an ISO-8601 instant: yesterday",
                "its ticket 999 is not in the export",
                "ticket without an id",
                "not valid JSON at line 3, column 41; the rest of this file is left out",
                "no requester_id",
                "no public comment and no description: nothing the customer said",
                "deleted in Zendesk");
        assertContractValid(broken);
    }

    @Test
    void readsASingleFileAsWellAsAFolder() {
        ImportResult one = ZendeskImport.withDefaults().read(resource("api/tickets.json"));

        assertThat(one.interactions()).extracting(InteractionInput::id).containsExactly("101", "102", "103", "104");
        // Without the comments files, each ticket falls back to its description.
        assertThat(interaction(one, "101").turns()).hasSize(1);
        assertThat(interaction(one, "101").requester().name()).isNull();
    }

    @Test
    void takesTheTicketOfACommentFromAPlainFileNameButNeverFromOtherNumbersInIt(@TempDir Path export) throws IOException {
        Files.copy(resource("api/tickets.json"), export.resolve("tickets.json"));
        String comment = "{\"comments\": [{\"id\": %d, \"author_id\": 700004, \"public\": true,"
                + " \"created_at\": \"2025-06-03T15:00:00Z\", \"plain_body\": \"%s\"}]}";
        Files.writeString(export.resolve("ticket-102-comments.json"), comment.formatted(1, "Any news about the refund?"));
        Files.writeString(export.resolve("export-2025-06-comments.json"), comment.formatted(2, "Hello?"));

        ImportResult result = ZendeskImport.withDefaults().read(export);

        assertThat(interaction(result, "102").turns()).extracting(TurnInput::text).containsExactly("Any news about the refund?");
        assertThat(result.problems()).containsExactly(ImportProblem.skipped("file export-2025-06-comments.json line 1",
                "comment 2 has no ticket_id and its file name holds no ticket number"));
    }

    @Test
    void failsWithAClearMessageWhenThePathDoesNotExist() {
        assertThatThrownBy(() -> ZendeskImport.withDefaults().read(Path.of("no-such-export")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("no-such-export does not exist");
    }
}
