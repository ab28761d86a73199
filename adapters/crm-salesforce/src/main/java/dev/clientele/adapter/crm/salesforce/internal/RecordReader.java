package dev.clientele.adapter.crm.salesforce.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientele.adapter.json.imports.ImportProblem;
import dev.clientele.adapter.json.imports.ImportSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the sObject records of a Salesforce export: {@code sf data tree} files
 * ({@code {"records": [{"attributes": {"type", "referenceId"}, ...}]}}), REST query results
 * ({@code {"totalSize", "done", "records": [...]}}, also wrapped in the CLI's {@code {"result": ...}}),
 * bare arrays or JSON Lines of records, and plan files that list the data files. Nested child
 * relationships ({@code "CaseComments": {"records": [...]}}) and parent lookups become records of their
 * own, linked to their parent. Salesforce caps a tree file at 200 records and a query page at 2,000, so
 * each top-level value is read whole.
 */
final class RecordReader {

    private final ObjectMapper mapper = new ObjectMapper();
    private final ImportSink sink;
    private final List<SfRecord> records = new ArrayList<>();

    RecordReader(ImportSink sink) {
        this.sink = sink;
    }

    /**
     * Reads a plan file's data files, one data file, or every {@code .json}/{@code .jsonl} file under a
     * folder in name order. In a folder, plan files are passed over: the records name their own types.
     */
    List<SfRecord> read(Path path) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(Files::isRegularFile).filter(RecordReader::isJson).sorted()
                        .forEach(file -> readFile(file, false));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + path, e);
            }
        } else {
            readFile(path, true);
        }
        return records;
    }

    private static boolean isJson(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private void readFile(Path file, boolean followPlan) {
        String name = file.getFileName().toString();
        try (JsonParser parser = mapper.getFactory().createParser(file.toFile())) {
            // Root values one by one: a MappingIterator would unwrap a root array and hide a plan file.
            while (parser.nextToken() != null) {
                JsonNode value = mapper.readTree(parser);
                if (isPlan(value)) {
                    if (followPlan) {
                        readPlan(file, value);
                    }
                } else {
                    readValue(value, name);
                }
            }
        } catch (JsonProcessingException e) {
            sink.problem(ImportProblem.skipped("file " + name, "not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + "; the rest of this file is left out"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static boolean isPlan(JsonNode value) {
        return value.isArray() && value.size() > 0 && value.get(0).has("sobject") && value.get(0).has("files");
    }

    private void readPlan(Path plan, JsonNode steps) {
        Path folder = plan.toAbsolutePath().getParent();
        for (JsonNode step : steps) {
            for (JsonNode listed : step.path("files")) {
                Path file = folder.resolve(listed.asText());
                if (Files.isRegularFile(file)) {
                    readFile(file, false);
                } else {
                    sink.problem(ImportProblem.skipped("file " + listed.asText(),
                            "listed in " + plan.getFileName() + " but not found next to it"));
                }
            }
        }
    }

    private void readValue(JsonNode value, String file) {
        if (value.isArray()) {
            value.forEach(element -> readValue(element, file));
        } else if (value.path("records").isArray()) {
            value.path("records").forEach(element -> readValue(element, file));
        } else if (value.path("result").isObject()) {
            readValue(value.path("result"), file);
        } else if (value.path("attributes").isObject()) {
            addRecord((ObjectNode) value, file, null, null);
        } else if (value.isObject() && !value.isEmpty()) {
            sink.problem(ImportProblem.skipped("file " + file, "a value with neither records nor attributes.type"));
        }
    }

    /** Adds a record and, recursively, its nested children and parents, linking them by id or reference. */
    private SfRecord addRecord(ObjectNode json, String file, String parentType, String parentKey) {
        JsonNode attributes = json.path("attributes");
        String type = attributes.path("type").asText(null);
        String id = json.path("Id").isTextual() ? json.path("Id").asText() : null;
        String referenceId = attributes.path("referenceId").asText(null);
        if (type == null || id == null && referenceId == null) {
            sink.problem(ImportProblem.skipped("file " + file,
                    "a record without attributes.type or without an Id and a referenceId"));
            return null;
        }
        ObjectNode own = mapper.createObjectNode();
        List<Map.Entry<String, JsonNode>> nested = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            JsonNode value = field.getValue();
            if (value.isObject() && (value.path("records").isArray() || value.path("attributes").isObject())) {
                nested.add(field);
            } else if (!"attributes".equals(field.getKey())) {
                own.set(field.getKey(), value);
            }
        }
        if (parentType != null) {
            String link = parentLink(type, parentType);
            if (!own.hasNonNull(link)) {
                own.put(link, parentKey);
            }
        }
        SfRecord record = new SfRecord(type, id, referenceId, own, file);
        records.add(record);
        for (Map.Entry<String, JsonNode> field : nested) {
            JsonNode value = field.getValue();
            if (value.path("records").isArray()) {
                for (JsonNode child : value.path("records")) {
                    if (child.isObject()) {
                        addRecord((ObjectNode) child, file, type, linkValue(record));
                    }
                }
            } else {
                // A parent lookup such as "Contact": {...} on a Case. A query that selects only
                // Account.Name leaves out the Account's Id; the Case's AccountId supplies it.
                String lookup = field.getKey().endsWith("__r")
                        ? field.getKey().substring(0, field.getKey().length() - 3) + "__c" : field.getKey() + "Id";
                ObjectNode parentJson = (ObjectNode) value;
                if (!parentJson.has("Id") && !value.path("attributes").has("referenceId") && own.path(lookup).isTextual()) {
                    parentJson = parentJson.deepCopy().put("Id", own.path(lookup).asText());
                }
                if (parentJson.has("Id") || value.path("attributes").has("referenceId")) {
                    SfRecord parent = addRecord(parentJson, file, null, null);
                    if (parent != null && !own.hasNonNull(lookup)) {
                        own.put(lookup, linkValue(parent));
                    }
                }
            }
        }
        return record;
    }

    /** How a child names its parent: {@code ParentId} under a Case, else {@code <ParentType>Id}. */
    private static String parentLink(String childType, String parentType) {
        if ("Case".equals(parentType) && ("CaseComment".equals(childType) || "EmailMessage".equals(childType))) {
            return "ParentId";
        }
        return parentType.endsWith("__c") ? parentType : parentType + "Id";
    }

    private static String linkValue(SfRecord record) {
        return record.id() != null ? record.id() : "@" + record.referenceId();
    }
}
