package dev.clientele.adapter.cli.internal;

import dev.clientele.adapter.json.AssessmentJson;
import dev.clientele.adapter.json.JsonLines;
import dev.clientele.core.application.port.in.AssessInteraction;
import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.InvalidInputException;
import dev.clientele.core.application.port.in.InvalidInputException.Violation;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One batch: JSON Lines in, assessments as JSON Lines out, one line in memory at a time.
 *
 * <p>The output is first written to {@code OUT.partial} next to the target and moved over the
 * target only when the whole input was read, so a reader of {@code OUT} never sees half a batch.
 * The output keeps the input's order, which makes resuming cheap: an interrupted run leaves the
 * partial file, whose complete lines are exactly the first valid input lines; {@code --resume}
 * drops a torn last line, checks that the ids match the input line by line, counts those
 * assessments for the report, and assesses only what follows. So every input id appears exactly
 * once in the output, without keeping a set of ids in memory.
 */
public final class BatchRun {

    /**
     * What a run did.
     *
     * @param read     non-blank input lines
     * @param assessed assessments written by this run
     * @param resumed  assessments kept from the interrupted run
     * @param invalid  lines skipped because they break the contract
     * @param failed   lines skipped because the engine failed on them
     */
    public record Summary(long read, long assessed, long resumed, long invalid, long failed) {
    }

    private final AssessInteraction engine;
    private final Consumer<String> problems;
    private final ReportCounts counts = new ReportCounts();

    public BatchRun(AssessInteraction engine, Consumer<String> problems) {
        this.engine = engine;
        this.problems = problems;
    }

    /** The partial output file used for {@code out}. */
    public static Path partialOf(Path out) {
        return out.resolveSibling(out.getFileName() + ".partial");
    }

    /** The counts for the report, complete once {@link #run} returned. */
    public ReportCounts counts() {
        return counts;
    }

    /**
     * Runs the batch from {@code in} to {@code out}.
     *
     * @param resume   continue from {@code OUT.partial} if there is one
     * @param progress told about every line
     * @throws UsageProblem when the input cannot be read or the partial output does not belong to this input
     */
    public Summary run(Path in, Path out, boolean resume, Progress progress) throws IOException {
        if (!Files.isRegularFile(in)) {
            throw new UsageProblem(in + ": no such file");
        }
        Path partial = partialOf(out);
        if (resume && Files.exists(partial)) {
            dropTornLastLine(partial);
        } else {
            Files.deleteIfExists(partial);
            Files.createFile(partial);
        }
        long read = 0;
        long assessed = 0;
        long resumed = 0;
        long invalid = 0;
        long failed = 0;
        String name = in.toString();
        try (CountingStream bytes = new CountingStream(Files.newInputStream(in));
             BufferedReader input = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), 1 << 16);
             BufferedReader earlier = Files.newBufferedReader(partial, StandardCharsets.UTF_8);
             Stream<JsonLines.Line<Assessment>> done = JsonLines.assessments(earlier);
             Stream<JsonLines.Line<InteractionInput>> lines = JsonLines.interactions(input);
             Writer output = new BufferedWriter(new OutputStreamWriter(
                     Files.newOutputStream(partial, StandardOpenOption.APPEND), StandardCharsets.UTF_8), 1 << 16)) {
            Iterator<JsonLines.Line<Assessment>> previous = done.iterator();
            for (JsonLines.Line<InteractionInput> line : (Iterable<JsonLines.Line<InteractionInput>>) lines::iterator) {
                read++;
                if (line instanceof JsonLines.Line.Rejected<InteractionInput> rejected) {
                    invalid++;
                    for (Violation v : rejected.problems()) {
                        problems.accept(name + ":" + rejected.number() + ": " + v);
                    }
                } else if (line instanceof JsonLines.Line.Read<InteractionInput> ok) {
                    InteractionInput interaction = ok.value();
                    if (previous.hasNext()) {
                        counts.add(earlier(previous.next(), interaction, ok.number(), partial), interaction.channel());
                        resumed++;
                    } else {
                        try {
                            Assessment assessment = engine.assess(interaction);
                            AssessmentJson.write(assessment, output);
                            output.write('\n');
                            counts.add(assessment, interaction.channel());
                            assessed++;
                        } catch (InvalidInputException e) {
                            invalid++;
                            e.violations().forEach(v -> problems.accept(name + ":" + ok.number() + ": " + v));
                        } catch (RuntimeException e) {
                            failed++;
                            problems.accept(name + ":" + ok.number() + ": internal failure: "
                                    + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
                        }
                    }
                }
                progress.update(resumed + assessed, bytes.count());
            }
            if (previous.hasNext()) {
                throw new UsageProblem(partial + ": holds more assessments than " + in
                        + " has valid lines; it belongs to another input (delete it to start again)");
            }
        }
        progress.finish();
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        }
        return new Summary(read, assessed, resumed, invalid, failed);
    }

    private static Assessment earlier(JsonLines.Line<Assessment> line, InteractionInput input, long inputLine, Path partial) {
        if (line instanceof JsonLines.Line.Read<Assessment> read && read.value().interaction().equals(input.id())) {
            return read.value();
        }
        String found = line instanceof JsonLines.Line.Read<Assessment> read ? "id " + read.value().interaction()
                : "an unreadable line";
        throw new UsageProblem(partial + ":" + line.number() + ": expected the assessment of " + input.id()
                + " (input line " + inputLine + "), found " + found
                + "; the partial output belongs to another input (delete it to start again)");
    }

    /** Cuts the file after its last line break: a line being written when the run stopped is redone. */
    private static void dropTornLastLine(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long end = channel.size();
            ByteBuffer one = ByteBuffer.allocate(1);
            long keep = 0;
            for (long at = end - 1; at >= 0; at--) {
                one.clear();
                channel.read(one, at);
                if (one.get(0) == '\n') {
                    keep = at + 1;
                    break;
                }
            }
            channel.truncate(keep);
        }
    }

    /** Counts the bytes read, for the progress bar's share of the input. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
