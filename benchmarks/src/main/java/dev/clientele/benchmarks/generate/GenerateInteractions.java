package dev.clientele.benchmarks.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes generated interactions as JSON Lines:
 * {@code java -cp benchmarks.jar dev.clientele.benchmarks.generate.GenerateInteractions COUNT OUT.jsonl [SEED]}.
 * The same count and seed always give the same file. Exit code 2 on bad arguments.
 */
public final class GenerateInteractions {

    /** The seed used when none is given, so that published figures can be reproduced. */
    public static final long DEFAULT_SEED = 20_260_302L;

    private GenerateInteractions() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            fail("usage: GenerateInteractions COUNT OUT.jsonl [SEED]");
        }
        long count = number(args[0], "COUNT");
        if (count < 1) {
            fail("COUNT: must be at least 1, got " + args[0]);
        }
        long seed = args.length == 3 ? number(args[2], "SEED") : DEFAULT_SEED;
        try {
            write(count, seed, Path.of(args[1]));
        } catch (UncheckedIOException e) {
            System.err.println("cannot write " + args[1] + ": " + e.getCause().getMessage());
            System.exit(1);
        }
    }

    /** Writes {@code count} interactions from {@link SyntheticInteractions#next()} with {@code seed} to {@code out}. */
    public static void write(long count, long seed, Path out) {
        SyntheticInteractions source = new SyntheticInteractions(seed);
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (long i = 0; i < count; i++) {
                writer.write(JsonLines.render(source.next()));
                writer.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long number(String text, String name) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            fail(name + ": must be a whole number, got '" + text + "'");
            return 0;
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
