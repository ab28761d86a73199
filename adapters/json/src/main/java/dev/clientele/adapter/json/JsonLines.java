package dev.clientele.adapter.json;

import dev.clientele.adapter.json.internal.BoundedLines;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.InvalidInputException;
import dev.clientele.core.application.port.in.InvalidInputException.Violation;

import java.io.Reader;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * JSON Lines: one document per line, read lazily so that only one line is in memory at a time.
 * Blank lines are skipped; a line longer than {@link JsonLimits#MAX_DOCUMENT_CHARACTERS} is
 * rejected without being kept. Each line's problems carry its 1-based line number.
 */
public final class JsonLines {

    private JsonLines() {
    }

    /**
     * One non-blank line of a JSON Lines file: either what it holds, or why it could not be read.
     *
     * @param <T> what a line holds
     */
    public sealed interface Line<T> {

        /** The 1-based line number in the file. */
        long number();

        /** A line that was read. */
        record Read<T>(long number, T value) implements Line<T> {
        }

        /** A line that breaks the contract, with every problem found. */
        record Rejected<T>(long number, List<Violation> problems) implements Line<T> {
            public Rejected {
                problems = List.copyOf(problems);
            }
        }
    }

    /**
     * The interactions in {@code in}, lazily, each checked against every rule of the contract
     * ({@link InteractionJson#readValid(String)}); closing the stream does not close {@code in}.
     */
    public static Stream<Line<InteractionInput>> interactions(Reader in) {
        return lines(in, InteractionJson::readValid);
    }

    /** The assessments in {@code in}, lazily; closing the stream does not close {@code in}. */
    public static Stream<Line<dev.clientele.core.application.port.in.Assessment>> assessments(Reader in) {
        return lines(in, AssessmentJson::read);
    }

    /**
     * The documents in {@code in}, each read by {@code parse}, which reports a broken document by
     * throwing {@link InvalidInputException}.
     */
    public static <T> Stream<Line<T>> lines(Reader in, Function<String, T> parse) {
        Iterator<BoundedLines.Line> raw = new BoundedLines(in, JsonLimits.MAX_DOCUMENT_CHARACTERS);
        Iterator<Line<T>> parsed = new Iterator<>() {
            private Line<T> next;

            @Override
            public boolean hasNext() {
                while (next == null && raw.hasNext()) {
                    BoundedLines.Line line = raw.next();
                    if (line.oversized()) {
                        next = new Line.Rejected<>(line.number(), List.of(new Violation("",
                                "line longer than " + JsonLimits.MAX_DOCUMENT_CHARACTERS
                                        + " characters, the limit (see docs/errors.md#input-limits)")));
                    } else if (!line.text().isBlank()) {
                        next = parse(line, parse);
                    }
                }
                return next != null;
            }

            @Override
            public Line<T> next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Line<T> line = next;
                next = null;
                return line;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(parsed,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private static <T> Line<T> parse(BoundedLines.Line line, Function<String, T> parse) {
        try {
            return new Line.Read<>(line.number(), parse.apply(line.text()));
        } catch (InvalidInputException e) {
            return new Line.Rejected<>(line.number(), e.violations());
        }
    }
}
