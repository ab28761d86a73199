package dev.clientele.adapter.crm.zendesk;

import dev.clientele.adapter.json.imports.ImportResult;
import dev.clientele.adapter.json.InteractionJson;
import dev.clientele.core.application.port.in.InteractionInput;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixture exports under src/test/resources/zendesk and checks every test shares. */
final class Fixtures {

    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/zendesk/" + name).toURI());
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
