package dev.clientele.playbooks.defaults.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A set of agent sentences labelled for the promise reader, one JSON object a line:
 * {@code {"id","lang","text","promise","kind","due","note"}} as {@code docs/quality/promises/README.md}
 * describes them.
 */
record PromiseSet(String name, List<Line> lines) {

    /** The kinds a labelled promise may have; {@code reply} is reported as {@code update}. */
    static final Set<String> KINDS = Set.of("callback", "reply", "update", "other");

    /** One labelled sentence; {@code due} is empty when the line gives none or gives it in another form. */
    record Line(String id, String lang, String text, boolean promise, String kind, Instant due, String note) {

        /** The kind the reader is expected to report for this promise. */
        String reportedKind() {
            return "callback".equals(kind) ? "callback" : "update";
        }
    }

    /** The lines of {@code file}; fails on the first bad line, naming it, the field and the rule. */
    static PromiseSet read(Path file) {
        List<Line> lines = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try {
            List<String> raw = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < raw.size(); i++) {
                if (raw.get(i).isBlank()) {
                    continue;
                }
                String where = file.getFileName() + " line " + (i + 1);
                Line line = line(parse(raw.get(i), where), where);
                if (!ids.add(line.id())) {
                    throw new IllegalArgumentException(where + ": /id " + line.id() + " is used twice");
                }
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read promise set " + file, e);
        }
        return new PromiseSet(file.getFileName().toString(), List.copyOf(lines));
    }

    private static JsonNode parse(String text, String where) {
        try {
            return Scenario.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": not a JSON object (" + e.getOriginalMessage() + ")");
        }
    }

    private static Line line(JsonNode node, String where) {
        for (String field : List.of("id", "lang", "text")) {
            if (!node.path(field).isTextual() || node.get(field).asText().isBlank()) {
                throw new IllegalArgumentException(where + ": /" + field + " must be a non-blank string");
            }
        }
        String lang = node.get("lang").asText();
        if (!lang.equals("en") && !lang.equals("pl")) {
            throw new IllegalArgumentException(where + ": /lang must be en or pl, got " + lang);
        }
        if (!node.path("promise").isBoolean()) {
            throw new IllegalArgumentException(where + ": /promise must be true or false");
        }
        boolean promise = node.get("promise").asBoolean();
        String kind = node.path("kind").isTextual() ? node.get("kind").asText() : null;
        if (kind != null && !KINDS.contains(kind)) {
            throw new IllegalArgumentException(where + ": /kind must be one of " + KINDS + " or null, got " + kind);
        }
        if (promise && kind == null) {
            throw new IllegalArgumentException(where + ": /kind is required when /promise is true");
        }
        Instant due = null;
        if (node.path("due").isTextual()) {
            try {
                due = Instant.parse(node.get("due").asText());
            } catch (DateTimeParseException e) {
                // Another writer may give the due time in words; it is then not compared.
                due = null;
            }
        }
        String note = node.path("note").isTextual() ? node.get("note").asText() : "";
        return new Line(node.get("id").asText(), lang, node.get("text").asText(), promise, kind, due, note);
    }

    /**
     * The set split in two halves at random with {@code seed}, separately within each language and
     * label so that both halves keep the set's proportions: {@code "development"} and {@code "held-out"}.
     */
    Map<String, List<Line>> halves(long seed) {
        Map<String, List<Line>> strata = new TreeMap<>();
        for (Line l : lines) {
            strata.computeIfAbsent(l.lang() + "/" + l.promise(), k -> new ArrayList<>()).add(l);
        }
        Random random = new Random(seed);
        List<Line> development = new ArrayList<>();
        List<Line> heldOut = new ArrayList<>();
        for (List<Line> stratum : strata.values()) {
            List<Line> shuffled = new ArrayList<>(stratum);
            Collections.shuffle(shuffled, random);
            development.addAll(shuffled.subList(0, shuffled.size() / 2));
            heldOut.addAll(shuffled.subList(shuffled.size() / 2, shuffled.size()));
        }
        Map<String, List<Line>> halves = new TreeMap<>();
        halves.put("development", List.copyOf(development));
        halves.put("held-out", List.copyOf(heldOut));
        return halves;
    }
}
