package dev.clientele.playbooks.defaults.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A text file of this module's word-list folder, read as UTF-8 lines. Read through this module's
 * own classes, so it is found on the class path, on the module path and inside a shaded jar.
 */
final class LexiconFile {

    /** The folder of the word lists; a package of its own, holding data only. */
    static final String FOLDER = "/dev/clientele/playbooks/defaults/lexicon/";

    private LexiconFile() {
    }

    /**
     * The lines of {@code name} in {@link #FOLDER}, without line ends; line {@code n} is at index
     * {@code n - 1}.
     *
     * @throws IllegalStateException when the file is missing or a line is not valid UTF-8, naming file and line
     */
    static List<String> lines(String name) {
        try (InputStream in = LexiconFile.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException(name + ": word list missing from " + FOLDER);
            }
            return decode(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be read", e);
        }
    }

    /**
     * Splits {@code bytes} into lines and decodes each strictly, so that a wrongly encoded word is
     * reported with its line instead of silently becoming a replacement character.
     */
    static List<String> decode(String name, byte[] bytes) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (i == bytes.length && start == i && !lines.isEmpty()) {
                    break;
                }
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                lines.add(line(name, lines.size() + 1, ByteBuffer.wrap(bytes, start, end - start)));
                start = i + 1;
            }
        }
        // A byte-order mark is an editor's habit, not part of the first word.
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        return List.copyOf(lines);
    }

    private static String line(String name, int number, ByteBuffer bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(name + " line " + number + ": not valid UTF-8");
        }
    }
}
