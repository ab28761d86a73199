package dev.clientele.adapter.cli.internal;

import dev.clientele.adapter.json.InteractionJson;
import dev.clientele.adapter.json.JsonLimits;
import dev.clientele.adapter.json.JsonLines;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.InvalidInputException;
import dev.clientele.core.application.port.in.InvalidInputException.Violation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the interactions of a file given on the command line: one document ({@code .json} or
 * anything else), or JSON Lines ({@code .jsonl}, {@code .ndjson}), or standard input for {@code -}.
 * Every problem becomes one line {@code FILE:LINE: /pointer: message}.
 */
public final class InteractionFiles {

    /** The name that stands for standard input. */
    public static final String STANDARD_INPUT = "-";

    private InteractionFiles() {
    }

    /** An interaction and the line it starts on. */
    public record Located(long line, InteractionInput input) {
    }

    /** How many documents were read and how many were rejected. */
    public record Tally(long valid, long invalid) {
    }

    /** Whether {@code name} is a JSON Lines file, judged by its extension. */
    public static boolean isJsonLines(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    }

    /**
     * Reads every interaction of {@code name}, handing valid ones to {@code valid} and each problem,
     * as one line, to {@code problem}.
     *
     * @throws UsageProblem when the file cannot be opened
     */
    public static Tally read(String name, InputStream stdin, Consumer<Located> valid, Consumer<String> problem) {
        try (InputStream in = open(name, stdin)) {
            if (isJsonLines(name)) {
                return readLines(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16),
                        valid, problem);
            }
            return readDocument(name, in, valid, problem);
        } catch (IOException e) {
            throw new UsageProblem(name + ": cannot be read: " + e.getMessage());
        }
    }

    /** Opens {@code name}, or standard input for {@code -}. */
    public static InputStream open(String name, InputStream stdin) {
        if (STANDARD_INPUT.equals(name)) {
            return stdin;
        }
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            throw new UsageProblem(name + ": is a folder, expected a file");
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new UsageProblem(name + ": no such file");
        } catch (IOException e) {
            throw new UsageProblem(name + ": cannot be read: " + e.getMessage());
        }
    }

    private static Tally readLines(String name, Reader reader, Consumer<Located> valid, Consumer<String> problem) {
        long good = 0;
        long bad = 0;
        try (Stream<JsonLines.Line<InteractionInput>> lines = JsonLines.interactions(reader)) {
            for (JsonLines.Line<InteractionInput> line : (Iterable<JsonLines.Line<InteractionInput>>) lines::iterator) {
                if (line instanceof JsonLines.Line.Read<InteractionInput> read) {
                    good++;
                    valid.accept(new Located(read.number(), read.value()));
                } else if (line instanceof JsonLines.Line.Rejected<InteractionInput> rejected) {
                    bad++;
                    for (Violation v : rejected.problems()) {
                        problem.accept(name + ":" + rejected.number() + ": " + v);
                    }
                }
            }
        }
        return new Tally(good, bad);
    }

    private static Tally readDocument(String name, InputStream in, Consumer<Located> valid, Consumer<String> problem)
            throws IOException {
        String text = boundedText(in);
        if (text == null) {
            problem.accept(name + ":1: /: document longer than " + JsonLimits.MAX_DOCUMENT_CHARACTERS
                    + " characters, the limit (see docs/errors.md#input-limits)");
            return new Tally(0, 1);
        }
        try {
            InteractionInput input = InteractionJson.readValid(text);
            valid.accept(new Located(1, input));
            return new Tally(1, 0);
        } catch (InvalidInputException e) {
            PointerLines lines = PointerLines.of(text);
            for (Violation v : e.violations()) {
                problem.accept(name + ":" + lines.lineOf(v.pointer()) + ": " + v);
            }
            return new Tally(0, 1);
        }
    }

    /** The whole text, or null when it is longer than one document may be; never reads far past the limit. */
    private static String boundedText(InputStream in) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[1 << 16];
        int n;
        while ((n = reader.read(buffer)) > 0) {
            text.append(buffer, 0, n);
            if (text.length() > JsonLimits.MAX_DOCUMENT_CHARACTERS) {
                return null;
            }
        }
        return text.toString();
    }
}
