package dev.clientele.adapter.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientele.core.application.port.in.Advice;
import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.Diagnostic;
import dev.clientele.core.application.port.in.EscalationAdvice;
import dev.clientele.core.application.port.in.Intensity;
import dev.clientele.core.application.port.in.InvalidInputException;
import dev.clientele.core.application.port.in.InvalidInputException.Violation;
import dev.clientele.core.application.port.in.PartyToInvolve;
import dev.clientele.core.application.port.in.ServiceLevels;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationReason;
import dev.clientele.playbooks.api.Evidence;
import dev.clientele.playbooks.api.Observation;
import dev.clientele.playbooks.api.Recommendation;
import dev.clientele.playbooks.api.Role;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Builds an {@link Assessment} from a parsed {@code clientele.assessment/v1} tree, stopping at the
 * first value that breaks the contract with its JSON pointer.
 */
public final class AssessmentTree {

    private AssessmentTree() {
    }

    /** The assessment in {@code root}. */
    public static Assessment assessment(JsonNode root) {
        object(root, "");
        try {
            return new Assessment(
                    text(root, "", "interaction"),
                    text(root, "", "language"),
                    instant(root, "", "asOf"),
                    list(root, "", "observed", AssessmentTree::observation),
                    intensity(field(root, "", "intensity"), "/intensity"),
                    list(root, "", "recommendations", AssessmentTree::advice),
                    escalation(field(root, "", "escalation"), "/escalation"),
                    list(root, "", "involve", AssessmentTree::involve),
                    sla(field(root, "", "sla"), "/sla"),
                    list(root, "", "diagnostics", AssessmentTree::diagnostic));
        } catch (IllegalArgumentException e) {
            throw problem("", e.getMessage());
        }
    }

    private static Observation observation(JsonNode node, String at) {
        object(node, at);
        List<Evidence> evidence = list(node, at, "evidence", (e, where) -> {
            object(e, where);
            int turn = whole(e, where, "turn");
            String quote = text(e, where, "quote");
            return guarded(where, () -> new Evidence(turn, quote));
        });
        String pattern = text(node, at, "pattern");
        double confidence = number(node, at, "confidence");
        return guarded(at, () -> new Observation(pattern, confidence, evidence));
    }

    private static Intensity intensity(JsonNode node, String at) {
        object(node, at);
        double level = number(node, at, "level");
        String trend = text(node, at, "trend");
        return guarded(at + "/trend", () -> new Intensity(level, Intensity.Trend.fromId(trend)));
    }

    private static Advice advice(JsonNode node, String at) {
        object(node, at);
        String kind = text(node, at, "kind");
        Recommendation.Kind k = guarded(at + "/kind", () -> Recommendation.Kind.fromId(kind));
        List<String> because = list(node, at, "because", AssessmentTree::string);
        return guarded(at, () -> new Advice(k, text(node, at, "tactic"), text(node, at, "playbook"),
                text(node, at, "text"), because));
    }

    private static EscalationAdvice escalation(JsonNode node, String at) {
        object(node, at);
        JsonNode recommended = field(node, at, "recommended");
        if (!recommended.isBoolean()) {
            throw problem(at + "/recommended", "must be true or false");
        }
        List<EscalationReason> reasons = list(node, at, "reasons",
                (r, where) -> guarded(where, () -> EscalationReason.fromId(string(r, where))));
        Optional<EscalationLevel> to = Optional.empty();
        if (node.has("to") && !node.get("to").isNull()) {
            String id = text(node, at, "to");
            to = Optional.of(guarded(at + "/to", () -> EscalationLevel.fromId(id)));
        }
        Optional<EscalationLevel> level = to;
        return guarded(at, () -> new EscalationAdvice(recommended.booleanValue(), level, reasons));
    }

    private static PartyToInvolve involve(JsonNode node, String at) {
        object(node, at);
        String role = text(node, at, "role");
        return new PartyToInvolve(text(node, at, "party"), guarded(at + "/role", () -> Role.fromId(role)),
                text(node, at, "why"));
    }

    private static ServiceLevels sla(JsonNode node, String at) {
        object(node, at);
        Optional<ServiceLevels.FirstResponse> first = Optional.empty();
        if (node.has("firstResponse") && !node.get("firstResponse").isNull()) {
            JsonNode f = node.get("firstResponse");
            String where = at + "/firstResponse";
            object(f, where);
            Optional<Instant> answered = f.has("at") && !f.get("at").isNull()
                    ? Optional.of(instant(f, where, "at")) : Optional.empty();
            first = Optional.of(new ServiceLevels.FirstResponse(instant(f, where, "due"), answered,
                    status(f, where)));
        }
        List<ServiceLevels.CommitmentClock> commitments = list(node, at, "commitments", (c, where) -> {
            object(c, where);
            return new ServiceLevels.CommitmentClock(text(c, where, "kind"), whole(c, where, "turn"),
                    instant(c, where, "due"), status(c, where));
        });
        return new ServiceLevels(first, commitments);
    }

    private static Diagnostic diagnostic(JsonNode node, String at) {
        object(node, at);
        return new Diagnostic(text(node, at, "playbook"), text(node, at, "problem"));
    }

    private static ServiceLevels.ClockStatus status(JsonNode node, String at) {
        String id = text(node, at, "status");
        for (ServiceLevels.ClockStatus s : ServiceLevels.ClockStatus.values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw problem(at + "/status", "must be one of pending, met, breached, kept, broken");
    }

    private static <T> List<T> list(JsonNode node, String at, String name, BiFunction<JsonNode, String, T> element) {
        JsonNode array = field(node, at, name);
        String where = at + "/" + name;
        if (!array.isArray()) {
            throw problem(where, "must be an array");
        }
        List<T> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            values.add(element.apply(array.get(i), where + "/" + i));
        }
        return values;
    }

    private static JsonNode field(JsonNode node, String at, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw problem(at + "/" + name, "must not be null");
        }
        return value;
    }

    private static void object(JsonNode node, String at) {
        if (!node.isObject()) {
            throw problem(at, "must be an object");
        }
    }

    private static String text(JsonNode node, String at, String name) {
        return string(field(node, at, name), at + "/" + name);
    }

    private static String string(JsonNode value, String at) {
        if (!value.isTextual()) {
            throw problem(at, "must be a string");
        }
        return value.textValue();
    }

    private static double number(JsonNode node, String at, String name) {
        JsonNode value = field(node, at, name);
        if (!value.isNumber()) {
            throw problem(at + "/" + name, "must be a number");
        }
        return value.doubleValue();
    }

    private static int whole(JsonNode node, String at, String name) {
        JsonNode value = field(node, at, name);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw problem(at + "/" + name, "must be a whole number");
        }
        return value.intValue();
    }

    private static Instant instant(JsonNode node, String at, String name) {
        String text = text(node, at, name);
        try {
            return InstantCodec.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(at + "/" + name, InstantCodec.RULE);
        }
    }

    private static <T> T guarded(String at, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw problem(at, String.valueOf(e.getMessage()));
        }
    }

    private static InvalidInputException problem(String pointer, String rule) {
        return new InvalidInputException(List.of(new Violation(pointer, rule)));
    }
}
