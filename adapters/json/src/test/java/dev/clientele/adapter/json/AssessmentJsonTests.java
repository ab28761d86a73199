package dev.clientele.adapter.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.EscalationAdvice;
import dev.clientele.core.application.port.in.Intensity;
import dev.clientele.core.application.port.in.InvalidInputException;
import dev.clientele.core.application.port.in.ServiceLevels;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentJsonTests {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Test
    void writesTheContractExampleWithItsFieldNamesAndIds() throws Exception {
        JsonNode json = PLAIN.readTree(AssessmentJson.write(Documents.assessment()));
        assertThat(json.fieldNames()).toIterable().containsExactly("interaction", "language", "asOf", "observed",
                "intensity", "recommendations", "escalation", "involve", "sla", "diagnostics");
        assertThat(json.at("/observed/0/evidence/0/quote").asText()).isEqualTo("chcę rozmawiać z kierownikiem");
        assertThat(json.at("/observed/0/confidence").asDouble()).isEqualTo(0.86);
        assertThat(json.at("/intensity/trend").asText()).isEqualTo("falling");
        assertThat(json.at("/recommendations/0/kind").asText()).isEqualTo("ask");
        assertThat(json.at("/escalation/to").asText()).isEqualTo("supervisor");
        assertThat(json.at("/escalation/reasons/0").asText()).isEqualTo("customer-request");
        assertThat(json.at("/involve/0/role").asText()).isEqualTo("payer");
        assertThat(json.at("/sla/firstResponse/status").asText()).isEqualTo("met");
        assertThat(json.at("/sla/commitments/0/due").asText()).isEqualTo("2026-03-02T09:36:00Z");
        assertThat(json.at("/diagnostics/0/problem").asText()).isEqualTo("timed out after 50 ms; skipped");
    }

    @Test
    void omitsTheEscalationTargetAndAbsentClocksButKeepsEmptyLists() throws Exception {
        Assessment quiet = new Assessment("c-1", "en", Instant.parse("2026-03-02T09:30:00Z"), List.of(),
                Intensity.CALM, List.of(), EscalationAdvice.NONE, List.of(),
                new ServiceLevels(Optional.empty(), List.of()), List.of());
        String text = AssessmentJson.write(quiet);
        JsonNode json = PLAIN.readTree(text);
        assertThat(json.at("/escalation").toString()).isEqualTo("{\"recommended\":false,\"reasons\":[]}");
        assertThat(json.at("/sla").toString()).isEqualTo("{\"commitments\":[]}");
        assertThat(json.at("/observed").isArray()).isTrue();
        assertThat(text).doesNotContain("null").doesNotContain("\n");
        assertThat(AssessmentJson.read(text)).isEqualTo(quiet);
    }

    @Test
    void readsBackWhatItWrote() {
        assertThat(AssessmentJson.read(AssessmentJson.write(Documents.assessment()))).isEqualTo(Documents.assessment());
    }

    @Test
    void readingNamesTheFieldThatBreaksTheContract() {
        String written = AssessmentJson.write(Documents.assessment());
        assertThatThrownBy(() -> AssessmentJson.read(written.replace("\"falling\"", "\"sideways\"")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("/intensity/trend: must be one of rising, steady, falling");
        assertThatThrownBy(() -> AssessmentJson.read(written.replace("\"turn\":0", "\"turn\":\"zero\"")))
                .hasMessage("/observed/0/evidence/0/turn: must be a whole number");
        assertThatThrownBy(() -> AssessmentJson.read(written.replace("\"status\":\"pending\"", "\"status\":\"late\"")))
                .hasMessage("/sla/commitments/0/status: must be one of pending, met, breached, kept, broken");
        assertThatThrownBy(() -> AssessmentJson.read("{\"interaction\":"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("malformed JSON");
    }
}
