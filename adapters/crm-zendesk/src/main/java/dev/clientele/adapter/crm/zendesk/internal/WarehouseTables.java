package dev.clientele.adapter.crm.zendesk.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Reads the tables a warehouse sync (Fivetran's Zendesk schema) lands as CSV: {@code ticket},
 * {@code ticket_comment}, {@code user}, {@code user_tag}, {@code organization} and
 * {@code organization_membership}, each optionally ending in {@code _data}. Each row becomes the record the Support API would have returned, so that the same
 * mapping applies. Other tables are not read.
 */
final class WarehouseTables {

    /** The stream each table feeds, and the columns whose API name differs. */
    private record Table(String stream, Map<String, String> renamed) {
    }

    private static final Map<String, Table> TABLES = Map.of(
            "ticket", new Table("tickets", Map.of("via_channel", "via.channel")),
            "ticket_comment", new Table("ticket_comments",
                    Map.of("user_id", "author_id", "body", "plain_body", "created", "created_at")),
            "user", new Table("users", Map.of()),
            "user_tag", new Table("user_tags", Map.of()),
            "organization", new Table("organizations", Map.of()),
            "organization_membership", new Table("organization_memberships", Map.of()));

    /** Warehouse timestamps are UTC without a zone: {@code 2020-02-11 07:49:14[.580]}. */
    private static final Pattern WAREHOUSE_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?");

    private WarehouseTables() {
    }

    /** The stream a CSV file feeds, or empty when it is not one of the tables read. */
    static Optional<String> streamOf(Path file) {
        String stem = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.csv$", "")
                .replaceFirst("_data$", "").replaceFirst("s$", "");
        return Optional.ofNullable(TABLES.get(stem)).map(Table::stream);
    }

    /**
     * Hands each row of {@code file} to {@code rows} as an API-shaped record with its line number.
     *
     * @throws IOException when the file cannot be read, or a quoted cell never ends
     */
    static void read(Path file, BiConsumer<ObjectNode, Integer> rows) throws IOException {
        String stem = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.csv$", "")
                .replaceFirst("_data$", "").replaceFirst("s$", "");
        Table table = TABLES.get(stem);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvRows csv = new CsvRows(in);
            List<String> header = csv.next();
            if (header == null) {
                return;
            }
            List<String> cells;
            int line = csv.line();
            while ((cells = csv.next()) != null) {
                rows.accept(record(table, header, cells), line);
                line = csv.line();
            }
        }
    }

    private static ObjectNode record(Table table, List<String> header, List<String> cells) {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < header.size() && i < cells.size(); i++) {
            String value = cells.get(i);
            if (value.isEmpty()) {
                continue;
            }
            String name = table.renamed().getOrDefault(header.get(i), header.get(i));
            ObjectNode target = record;
            int dot = name.indexOf('.');
            if (dot > 0) {
                target = record.withObjectProperty(name.substring(0, dot));
                name = name.substring(dot + 1);
            }
            if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
                target.put(name, Boolean.parseBoolean(value.toLowerCase(Locale.ROOT)));
            } else if (WAREHOUSE_TIME.matcher(value).matches()) {
                target.put(name, value.replace(' ', 'T') + "Z");
            } else {
                target.put(name, value);
            }
        }
        return record;
    }

    /** RFC 4180 rows: commas, double quotes around cells that hold commas, quotes or line breaks. */
    private static final class CsvRows {

        private final BufferedReader in;
        private int line = 1;

        CsvRows(BufferedReader in) {
            this.in = in;
        }

        /** The line the next row starts on. */
        int line() {
            return line;
        }

        List<String> next() throws IOException {
            int c = in.read();
            if (c < 0) {
                return null;
            }
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            while (true) {
                if (quoted) {
                    if (c < 0) {
                        throw new IOException("a quoted cell is not closed before the end of the file");
                    }
                    if (c == '"') {
                        in.mark(1);
                        int after = in.read();
                        if (after == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            in.reset();
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append((char) c);
                    }
                } else if (c == '"' && cell.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n' || c < 0) {
                    line++;
                    cells.add(stripReturn(cell));
                    return cells;
                } else {
                    cell.append((char) c);
                }
                c = in.read();
            }
        }

        private static String stripReturn(StringBuilder cell) {
            int end = cell.length();
            if (end > 0 && cell.charAt(end - 1) == '\r') {
                end--;
            }
            return cell.substring(0, end);
        }
    }
}
