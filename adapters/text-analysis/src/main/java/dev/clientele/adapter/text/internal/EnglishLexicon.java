package dev.clientele.adapter.text.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a word belongs to common English: its Snowball stem is the stem of a word in the
 * English word list the resource was built from, so inflections the list lacks are known too
 * ("disconnecting" through "disconnect"). Immutable and thread-safe.
 */
public final class EnglishLexicon {

    private final Set<String> stems;
    private final EnglishStems stemmer;

    private EnglishLexicon(Set<String> stems, EnglishStems stemmer) {
        this.stems = Set.copyOf(stems);
        this.stemmer = stemmer;
    }

    /**
     * Reads a stem list resource: one stem a line, {@code #} comments.
     *
     * @throws IllegalStateException when the resource is missing
     */
    public static EnglishLexicon load(String resource, EnglishStems stemmer) {
        InputStream in = EnglishLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        Set<String> stems = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    stems.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new EnglishLexicon(stems, stemmer);
    }

    /** Whether the folded word's stem is a known English stem. */
    public boolean knows(String folded) {
        return stems.contains(stemmer.stem(folded));
    }
}
