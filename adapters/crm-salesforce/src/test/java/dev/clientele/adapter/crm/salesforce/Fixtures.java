package dev.clientele.adapter.crm.salesforce;

import dev.clientele.adapter.json.InteractionJson;
import dev.clientele.adapter.json.imports.ImportResult;
import dev.clientele.core.application.port.in.InteractionInput;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixture exports under src/test/resources/salesforce and checks every test shares. */
final class Fixtures {

    /** The moment the tests import at; records without a date are dated here. */
    static final Instant IMPORTED_AT = Instant.parse("2025-06-01T00:00:00Z");
    static final SalesforceImport IMPORT = SalesforceImport.builder()
            .clock(Clock.fixed(IMPORTED_AT, ZoneOffset.UTC)).build();

    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/salesforce/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static InteractionInput interaction(ImportResult result, String id) {
        return result.interactions().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no interaction " + id + " in " + result.interactions()));
    }

    /** Every imported interaction, written as the contract's JSON, reads back valid and unchanged. */
    static void assertContractValid(ImportResult result) {
        for (InteractionInput interaction : result.interactions()) {
            assertThat(InteractionJson.readValid(InteractionJson.write(interaction))).as(interaction.id())
                    .isEqualTo(interaction);
        }
    }
}
