package dev.clientele.playbooks.defaults.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A set of agent sentences labelled for the promise reader, one JSON object a line:
 * {@code {"id","lang","text","promise","kind","due","note"}} as {@code docs/quality/promises/README.md}
 * describes them.
 */
record PromiseSet(String name, List<Line> lines) {

    /** The kinds a labelled promise may have; {@code reply} is reported as {@code update}. */
    static final Set<String> KINDS = Set.of("callback", "reply", "update", "other");

    /** One labelled sentence; {@code due} is null when the line gives none or gives it in a form not read here. */
    record Line(String id, String lang, String text, boolean promise, String kind, Instant due, String note) {

        /** The kind the reader is expected to report for this promise. */
        String reportedKind() {
            return "callback".equals(kind) ? "callback" : "update";
        }
    }

    /**
     * The lines of {@code file}, their due times read as said at {@code said}; fails on the first bad
     * line, naming it, the field and the rule.
     */
    static PromiseSet read(Path file, Instant said) {
        List<Line> lines = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try {
            List<String> raw = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < raw.size(); i++) {
                if (raw.get(i).isBlank()) {
                    continue;
                }
                String where = file.getFileName() + " line " + (i + 1);
                Line line = line(parse(raw.get(i), where), where, said);
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

    private static Line line(JsonNode node, String where, Instant said) {
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
        Instant due = node.path("due").isTextual() ? due(node.get("due").asText(), said) : null;
        String note = node.path("note").isTextual() ? node.get("note").asText() : "";
        return new Line(node.get("id").asText(), lang, node.get("text").asText(), promise, kind, due, note);
    }

    private static final Pattern CLOCK = Pattern.compile("\\d{2}:\\d{2}");
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    /**
     * A due time as an instant, or in the words set B uses, read from {@code said} with set A's
     * conventions: "PT15M" after it, "15:30" the next such time, "today EOD" and "tomorrow EOD" the
     * last second of the day, "tomorrow 10:00", "tomorrow morning" (noon), "Friday" (the end of the
     * next Friday, the day said included). Any other wording is not compared: null.
     */
    static Instant due(String text, Instant said) {
        ZonedDateTime at = said.atZone(ZoneOffset.UTC);
        try {
            if (text.startsWith("P")) {
                return said.plus(Duration.parse(text));
            }
            if (CLOCK.matcher(text).matches()) {
                ZonedDateTime clock = at.with(LocalTime.parse(text));
                return (clock.isBefore(at) ? clock.plusDays(1) : clock).toInstant();
            }
            String[] words = text.split(" ");
            if (words.length == 2 && (words[0].equals("today") || words[0].equals("tomorrow"))) {
                LocalDate day = at.toLocalDate().plusDays(words[0].equals("today") ? 0 : 1);
                LocalTime time = switch (words[1]) {
                    case "EOD" -> END_OF_DAY;
                    case "morning" -> LocalTime.NOON;
                    default -> CLOCK.matcher(words[1]).matches() ? LocalTime.parse(words[1]) : null;
                };
                return time == null ? null : ZonedDateTime.of(day, time, ZoneOffset.UTC).toInstant();
            }
            if (words.length == 1) {
                for (DayOfWeek d : DayOfWeek.values()) {
                    if (d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(text)) {
                        LocalDate day = at.toLocalDate().with(TemporalAdjusters.nextOrSame(d));
                        return ZonedDateTime.of(day, END_OF_DAY, ZoneOffset.UTC).toInstant();
                    }
                }
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
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
