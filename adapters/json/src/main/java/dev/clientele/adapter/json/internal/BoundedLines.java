package dev.clientele.adapter.json.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads a text line by line, never holding more than one line of at most {@code maxCharacters}
 * in memory: a longer line is skipped to its end and reported by its length, so a file with one
 * enormous line cannot exhaust the heap.
 */
public final class BoundedLines implements Iterator<BoundedLines.Line> {

    /**
     * One line of input.
     *
     * @param number    1-based line number
     * @param text      the line without its terminator; null when the line was too long
     * @param length    the line's length in characters, even when it was too long to keep
     */
    public record Line(long number, String text, long length) {

        /** Whether the line was longer than the limit and its text was not kept. */
        public boolean oversized() {
            return text == null;
        }
    }

    private final Reader in;
    private final int maxCharacters;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private boolean ended;
    private long number;
    private Line next;

    public BoundedLines(Reader in, int maxCharacters) {
        this.in = in;
        this.maxCharacters = maxCharacters;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !ended) {
            next = read();
        }
        return next != null;
    }

    @Override
    public Line next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Line line = next;
        next = null;
        return line;
    }

    private Line read() {
        StringBuilder text = new StringBuilder();
        long length = 0;
        boolean sawAnything = false;
        try {
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        ended = true;
                        return sawAnything ? finish(text, length) : null;
                    }
                }
                sawAnything = true;
                int start = position;
                while (position < limit && buffer[position] != '\n') {
                    position++;
                }
                int chunk = position - start;
                if (length + chunk <= maxCharacters) {
                    text.append(buffer, start, chunk);
                } else if (length <= maxCharacters) {
                    // Past the limit: drop what was kept so far and only count the rest.
                    text.setLength(0);
                    text.trimToSize();
                }
                length += chunk;
                if (position < limit) {
                    position++;
                    return finish(text, length);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Line finish(StringBuilder text, long length) {
        number++;
        if (length > maxCharacters) {
            return new Line(number, null, length);
        }
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '\r') {
            text.setLength(end - 1);
        }
        return new Line(number, text.toString(), length);
    }
}
