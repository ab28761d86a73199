package dev.clientele.playbooks.defaults.quality;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientele.core.application.port.in.Advice;
import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.PartyToInvolve;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.Observation;
import org.assertj.core.api.SoftAssertions;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks an assessment against a scenario's {@code expect} object. Every key present must hold;
 * a key this checker does not know fails, so a new kind of expectation is never silently skipped.
 *
 * <ul>
 *   <li>{@code observedIncludes} / {@code observedExcludes}: patterns that must / must not be observed</li>
 *   <li>{@code escalation}: {@code recommended}, and {@code to} when given</li>
 *   <li>{@code intensityTrend}: the trend's contract id</li>
 *   <li>{@code firstResponseStatus}: the first-response clock's status, which must exist</li>
 *   <li>{@code commitmentStatuses}: the statuses of all commitments, in the order the assessment lists them</li>
 *   <li>{@code involveRoles}: roles that must be among the parties to involve</li>
 *   <li>{@code recommendationKinds}: kinds that must be among the recommendations</li>
 * </ul>
 */
final class ScenarioExpectations {

    private ScenarioExpectations() {
    }

    /** Fails with every unmet expectation at once, each named by its key. */
    static void check(JsonNode expect, Assessment assessment) {
        SoftAssertions softly = new SoftAssertions();
        List<String> observed = assessment.observed().stream().map(Observation::pattern).toList();
        String seen = " (observed " + describe(assessment.observed()) + ")";
        Iterator<Map.Entry<String, JsonNode>> fields = expect.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "observedIncludes" -> softly.assertThat(observed).as("observedIncludes" + seen)
                        .containsAll(strings(value));
                case "observedExcludes" -> softly.assertThat(observed).as("observedExcludes" + seen)
                        .doesNotContainAnyElementsOf(strings(value));
                case "escalation" -> {
                    softly.assertThat(assessment.escalation().recommended()).as("escalation.recommended (reasons %s)",
                            assessment.escalation().reasons()).isEqualTo(value.path("recommended").asBoolean());
                    if (value.has("to")) {
                        softly.assertThat(assessment.escalation().to().map(EscalationLevel::id))
                                .as("escalation.to").contains(value.get("to").asText());
                    }
                }
                case "intensityTrend" -> softly.assertThat(assessment.intensity().trend().id())
                        .as("intensityTrend (level %.2f)", assessment.intensity().level()).isEqualTo(value.asText());
                case "firstResponseStatus" -> softly.assertThat(assessment.sla().firstResponse()
                                .map(f -> f.status().id())).as("firstResponseStatus").contains(value.asText());
                case "commitmentStatuses" -> softly.assertThat(assessment.sla().commitments().stream()
                                .map(c -> c.status().id()).toList())
                        .as("commitmentStatuses (commitments %s)", assessment.sla().commitments())
                        .isEqualTo(strings(value));
                case "involveRoles" -> softly.assertThat(assessment.involve().stream()
                                .map(PartyToInvolve::role).map(r -> r.id()).toList())
                        .as("involveRoles").containsAll(strings(value));
                case "recommendationKinds" -> softly.assertThat(assessment.recommendations().stream()
                                .map(Advice::kind).map(k -> k.id()).toList())
                        .as("recommendationKinds").containsAll(strings(value));
                default -> softly.fail("unknown expectation key " + field.getKey() + "; teach ScenarioExpectations about it");
            }
        }
        softly.assertAll();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String describe(List<Observation> observed) {
        List<String> parts = new ArrayList<>();
        for (Observation o : observed) {
            parts.add(String.format(Locale.ROOT, "%s %.2f", o.pattern(), o.confidence()));
        }
        return parts.toString();
    }
}
