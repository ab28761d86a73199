package dev.clientele.adapter.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.clientele.adapter.json.internal.AssessmentTree;
import dev.clientele.adapter.json.internal.ContractMapper;
import dev.clientele.adapter.json.internal.JacksonProblems;
import dev.clientele.core.application.port.in.Advice;
import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.Diagnostic;
import dev.clientele.core.application.port.in.InvalidInputException;
import dev.clientele.core.application.port.in.PartyToInvolve;
import dev.clientele.core.application.port.in.ServiceLevels;
import dev.clientele.playbooks.api.EscalationReason;
import dev.clientele.playbooks.api.Evidence;
import dev.clientele.playbooks.api.Observation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes and reads {@code clientele.assessment/v1}. Every list is written, empty when there is
 * nothing in it; {@code escalation.to} is written only when an escalation is recommended;
 * {@code sla.firstResponse} only when a first-response clock runs, and its {@code at} only once
 * the agent answered. Thread-safe.
 */
public final class AssessmentJson {

    private AssessmentJson() {
    }

    /** The assessment as a one-line JSON document. */
    public static String write(Assessment assessment) {
        StringWriter out = new StringWriter(1024);
        write(assessment, out);
        return out.toString();
    }

    /** Writes the assessment as one line of JSON, without a line break; does not close {@code out}. */
    public static void write(Assessment assessment, Writer out) {
        try (JsonGenerator json = ContractMapper.MAPPER.getFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            writeAssessment(assessment, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an assessment document, as written by {@link #write(Assessment)}.
     *
     * @throws InvalidInputException naming the JSON pointer and the rule when it is not one
     */
    public static Assessment read(String json) {
        JsonNode tree;
        try (JsonParser parser = ContractMapper.parser(json)) {
            try {
                tree = ContractMapper.MAPPER.readTree(parser);
                if (parser.nextToken() != null) {
                    throw new InvalidInputException(List.of(
                            new InvalidInputException.Violation("", "unexpected content after the document")));
                }
            } catch (JsonProcessingException e) {
                throw new InvalidInputException(List.of(JacksonProblems.violation(e, parser)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AssessmentTree.assessment(tree);
    }

    private static void writeAssessment(Assessment a, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("interaction", a.interaction());
        json.writeStringField("language", a.language());
        json.writeStringField("asOf", a.asOf().toString());
        json.writeArrayFieldStart("observed");
        for (Observation o : a.observed()) {
            json.writeStartObject();
            json.writeStringField("pattern", o.pattern());
            json.writeNumberField("confidence", o.confidence());
            json.writeArrayFieldStart("evidence");
            for (Evidence e : o.evidence()) {
                json.writeStartObject();
                json.writeNumberField("turn", e.turn());
                json.writeStringField("quote", e.quote());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("intensity");
        json.writeNumberField("level", a.intensity().level());
        json.writeStringField("trend", a.intensity().trend().id());
        json.writeEndObject();
        json.writeArrayFieldStart("recommendations");
        for (Advice r : a.recommendations()) {
            json.writeStartObject();
            json.writeStringField("kind", r.kind().id());
            json.writeStringField("tactic", r.tactic());
            json.writeStringField("playbook", r.playbook());
            json.writeStringField("text", r.text());
            writeStrings(json, "because", r.because());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("escalation");
        json.writeBooleanField("recommended", a.escalation().recommended());
        if (a.escalation().to().isPresent()) {
            json.writeStringField("to", a.escalation().to().get().id());
        }
        writeStrings(json, "reasons", a.escalation().reasons().stream().map(EscalationReason::id).toList());
        json.writeEndObject();
        json.writeArrayFieldStart("involve");
        for (PartyToInvolve p : a.involve()) {
            json.writeStartObject();
            json.writeStringField("party", p.party());
            json.writeStringField("role", p.role().id());
            json.writeStringField("why", p.why());
            json.writeEndObject();
        }
        json.writeEndArray();
        writeSla(a.sla(), json);
        json.writeArrayFieldStart("diagnostics");
        for (Diagnostic d : a.diagnostics()) {
            json.writeStartObject();
            json.writeStringField("playbook", d.playbook());
            json.writeStringField("problem", d.problem());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeSla(ServiceLevels sla, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("sla");
        if (sla.firstResponse().isPresent()) {
            ServiceLevels.FirstResponse first = sla.firstResponse().get();
            json.writeObjectFieldStart("firstResponse");
            json.writeStringField("due", first.due().toString());
            if (first.at().isPresent()) {
                json.writeStringField("at", first.at().get().toString());
            }
            json.writeStringField("status", first.status().id());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("commitments");
        for (ServiceLevels.CommitmentClock c : sla.commitments()) {
            json.writeStartObject();
            json.writeStringField("kind", c.kind());
            json.writeNumberField("turn", c.turn());
            json.writeStringField("due", c.due().toString());
            json.writeStringField("status", c.status().id());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }
}
