package dev.clientele.adapter.crm.zendesk.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientele.adapter.json.imports.ImportProblem;
import dev.clientele.adapter.json.imports.ImportSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the files of a Zendesk export into a {@link ZendeskExport}. A file may hold API responses
 * ({@code {"tickets": [...]}}), single records, arrays, JSON Lines of any of these, or ETL envelopes
 * ({@code {"stream": "tickets", "data": {...}}}, Airbyte and Singer messages). Large arrays are read
 * one element at a time. A file that is not valid JSON is reported and the other files still import.
 */
final class ExportReader {

    private enum Kind { TICKET, USER, USER_TAG, ORGANIZATION, MEMBERSHIP, COMMENT, OTHER }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("tickets", Kind.TICKET), Map.entry("ticket", Kind.TICKET),
            Map.entry("users", Kind.USER), Map.entry("user", Kind.USER),
            Map.entry("organizations", Kind.ORGANIZATION), Map.entry("organization", Kind.ORGANIZATION),
            Map.entry("organization_memberships", Kind.MEMBERSHIP), Map.entry("organization_membership", Kind.MEMBERSHIP),
            Map.entry("ticket_comments", Kind.COMMENT), Map.entry("comments", Kind.COMMENT),
            Map.entry("comment", Kind.COMMENT), Map.entry("user_tags", Kind.USER_TAG));

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** {@code 145}, {@code ticket-145}, {@code tickets_145_comments}, {@code comments-145}, {@code ticket_comments_145}. */
    private static final Pattern TICKET_FILE = Pattern.compile(
            "(?:tickets?[-_.])?(\\d+)(?:[-_.](?:ticket_)?comments)?|(?:ticket_)?comments[-_.](\\d+)");

    private final ObjectMapper mapper = new ObjectMapper();
    private final ZendeskExport export;
    private final ImportSink sink;

    ExportReader(ZendeskExport export, ImportSink sink) {
        this.export = export;
        this.sink = sink;
    }

    /**
     * Reads one file, or every {@code .json}, {@code .jsonl}, {@code .ndjson} and {@code .csv} file
     * under a folder in name order.
     */
    void read(Path path) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                List<Path> sorted = files.filter(Files::isRegularFile).filter(ExportReader::isExportFile).sorted().toList();
                sorted.forEach(this::readFile);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + path, e);
            }
        } else {
            readFile(path);
        }
    }

    private static boolean isExportFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".csv");
    }

    private void readFile(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            readTable(file);
            return;
        }
        FileContext context = new FileContext(file);
        try (JsonParser parser = mapper.getFactory().createParser(file.toFile())) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    readArray(parser, context.kindFromName(), context);
                } else if (token == JsonToken.START_OBJECT) {
                    readRootObject(parser, context);
                } else {
                    report(context.where(parser), "expected a JSON object or array, found " + parser.getText());
                }
            }
        } catch (JsonProcessingException e) {
            report("file " + file.getFileName(), "not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + "; the rest of this file is left out");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void readTable(Path file) {
        Optional<String> stream = WarehouseTables.streamOf(file);
        if (stream.isEmpty()) {
            return;
        }
        FileContext context = new FileContext(file);
        Kind kind = kindOfStream(stream.get());
        try {
            WarehouseTables.read(file, (row, line) ->
                    add(kind, row, context, "file " + file.getFileName() + " line " + line));
        } catch (IOException e) {
            report("file " + file.getFileName(), "not a readable CSV table: " + e.getMessage()
                    + "; the rest of this file is left out");
        }
    }

    private void readArray(JsonParser parser, Kind kind, FileContext context) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                return;
            }
            String where = context.where(parser);
            JsonNode element = mapper.readTree(parser);
            if (element.isObject() && kind != null) {
                add(kind, element, context, where);
            } else if (element.isObject()) {
                readRecord(element, context, where);
            } else {
                report(where, "expected a record object in the array");
            }
        }
    }

    /** Streams arrays under known keys; everything else of the object is kept to read it as one record. */
    private void readRootObject(JsonParser parser, FileContext context) throws IOException {
        String where = context.where(parser);
        ObjectNode rest = mapper.createObjectNode();
        boolean streamed = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            Kind kind = KINDS.get(name);
            if (value == JsonToken.START_ARRAY && kind != null) {
                readArray(parser, kind, context);
                streamed = true;
            } else {
                rest.set(name, mapper.readTree(parser));
            }
        }
        if (!streamed) {
            readRecord(rest, context, where);
        }
    }

    private void readRecord(JsonNode root, FileContext context, String where) {
        if (root.path("stream").isTextual() && root.path("data").isObject()) {
            add(kindOfStream(root.path("stream").asText()), root.path("data"), context, where);
            return;
        }
        JsonNode message = root.path("record");
        if ("RECORD".equals(root.path("type").asText()) && message.isObject()) {
            if (message.path("stream").isTextual() && message.path("data").isObject()) {
                add(kindOfStream(message.path("stream").asText()), message.path("data"), context, where);
            } else if (root.path("stream").isTextual()) {
                add(kindOfStream(root.path("stream").asText()), message, context, where);
            }
            return;
        }
        if (root.path("type").isTextual() && root.size() <= 4 && !root.has("id")) {
            // Airbyte and Singer control messages (STATE, SCHEMA, LOG, TRACE) carry no record.
            return;
        }
        for (Map.Entry<String, Kind> single : KINDS.entrySet()) {
            if (!single.getKey().endsWith("s") && root.path(single.getKey()).isObject()) {
                add(single.getValue(), root.path(single.getKey()), context, where);
                return;
            }
        }
        Kind kind = context.kindFromName();
        add(kind == null ? context.kindFromShape(root) : kind, root, context, where);
    }

    private static Kind kindOfStream(String stream) {
        return KINDS.getOrDefault(stream.toLowerCase(Locale.ROOT), Kind.OTHER);
    }

    private void add(Kind kind, JsonNode record, FileContext context, String where) {
        Optional<String> problem = switch (kind) {
            case TICKET -> export.addTicket(record);
            case USER -> export.addUser(record);
            case USER_TAG -> export.addUserTag(record);
            case ORGANIZATION -> export.addOrganization(record);
            case MEMBERSHIP -> export.addMembership(record);
            case COMMENT -> export.addComment(record, context.ticketFromName());
            case OTHER -> Optional.empty();
        };
        problem.ifPresent(reason -> report(where, reason));
    }

    private void report(String where, String reason) {
        sink.problem(ImportProblem.skipped(where, reason));
    }

    /** What a file's name and place say about its records. */
    private static final class FileContext {

        private final Path file;
        private final String name;

        FileContext(Path file) {
            this.file = file;
            this.name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        }

        String where(JsonParser parser) {
            return "file " + file.getFileName() + " line " + parser.currentTokenLocation().getLineNr();
        }

        /** {@code tickets.json}, {@code users.jsonl}, {@code ticket_comments-2024.json} and so on. */
        Kind kindFromName() {
            String stem = name.replaceFirst("\\.(json|jsonl|ndjson)$", "");
            Kind best = null;
            int bestLength = 0;
            for (Map.Entry<String, Kind> entry : KINDS.entrySet()) {
                // The longest key wins, so organization_memberships is not read as organizations.
                if (stem.contains(entry.getKey()) && entry.getKey().length() > bestLength) {
                    best = entry.getValue();
                    bestLength = entry.getKey().length();
                }
            }
            return best;
        }

        /**
         * The ticket whose comments the file holds, as in {@code comments_145.json} or
         * {@code tickets/145/comments.json}; null when the name does not say it plainly, so that a
         * date or a part number in a name is never taken for a ticket.
         */
        String ticketFromName() {
            Matcher ticket = TICKET_FILE.matcher(name.replaceFirst("\\.(json|jsonl|ndjson)$", ""));
            if (ticket.matches()) {
                return ticket.group(1) != null ? ticket.group(1) : ticket.group(2);
            }
            Path parent = file.getParent();
            if (parent != null && parent.getFileName() != null
                    && NUMBER.matcher(parent.getFileName().toString()).matches()) {
                return parent.getFileName().toString();
            }
            return null;
        }

        /** Recognises a bare record by its fields when the file name does not say what it holds. */
        Kind kindFromShape(JsonNode record) {
            if (record.has("requester_id") || record.has("via") && record.has("subject")) {
                return Kind.TICKET;
            }
            if (record.has("author_id") && (record.has("body") || record.has("plain_body"))) {
                return Kind.COMMENT;
            }
            if (record.has("user_id") && record.has("organization_id")) {
                return Kind.MEMBERSHIP;
            }
            if (record.has("role") && (record.has("email") || record.has("user_fields"))) {
                return Kind.USER;
            }
            if (record.has("domain_names") || record.has("organization_fields")) {
                return Kind.ORGANIZATION;
            }
            return Kind.OTHER;
        }
    }
}
