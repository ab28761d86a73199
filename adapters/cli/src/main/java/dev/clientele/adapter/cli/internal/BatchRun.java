package dev.clientele.adapter.cli.internal;

import dev.clientele.adapter.json.AssessmentJson;
import dev.clientele.adapter.json.InteractionJson;
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
import java.io.InterruptedIOException;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One batch: JSON Lines in, assessments as JSON Lines out, with a bounded number of lines in memory.
 *
 * <p>Lines are read and assessed on one worker per processor, a few chunks of lines in flight at a
 * time, and written strictly in input order, so the output is the same as one line at a time.
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

    /** Lines per hand-off to a worker: enough to make the hand-off negligible, few enough to keep memory flat. */
    private static final int CHUNK = 32;

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
        Tally tally = new Tally(in.toString(), progress);
        ExecutorService workers = Executors.newFixedThreadPool(workers(), BatchRun::worker);
        try (CountingStream bytes = new CountingStream(Files.newInputStream(in));
             BufferedReader input = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), 1 << 16);
             BufferedReader earlier = Files.newBufferedReader(partial, StandardCharsets.UTF_8);
             Stream<JsonLines.Line<Assessment>> done = JsonLines.assessments(earlier);
             Stream<JsonLines.Line<String>> texts = JsonLines.lines(input, Function.identity());
             Writer output = new BufferedWriter(new OutputStreamWriter(
                     Files.newOutputStream(partial, StandardOpenOption.APPEND), StandardCharsets.UTF_8), 1 << 16)) {
            Iterator<JsonLines.Line<Assessment>> previous = done.iterator();
            Iterator<JsonLines.Line<String>> lines = texts.iterator();
            // Resuming only compares ids, which is cheap, and which line is the first to assess is
            // known only once the lines before it were read; so this part stays on this thread.
            while (previous.hasNext() && lines.hasNext()) {
                JsonLines.Line<String> line = lines.next();
                Outcome outcome = readOnly(line, bytes.count());
                if (outcome instanceof Outcome.Valid valid) {
                    counts.add(earlier(previous.next(), valid.input(), valid.number(), partial), valid.input().channel());
                    tally.read++;
                    tally.resumed++;
                    tally.bytesRead = valid.bytesRead();
                    tally.progress();
                } else {
                    tally.settle(outcome, output);
                }
            }
            if (previous.hasNext()) {
                throw new UsageProblem(partial + ": holds more assessments than " + in
                        + " has valid lines; it belongs to another input (delete it to start again)");
            }
            assessAll(lines, bytes, workers, tally, output);
        } finally {
            workers.shutdownNow();
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
        return new Summary(tally.read, tally.assessed, tally.resumed, tally.invalid, tally.failed);
    }

    /**
     * Assesses the remaining lines on {@code workers}, in chunks so that a hand-off is paid per
     * chunk rather than per line, with a bounded number of chunks in flight so that memory stays
     * flat; the chunks are settled strictly in input order.
     */
    private void assessAll(Iterator<JsonLines.Line<String>> lines, CountingStream bytes, ExecutorService workers,
                           Tally tally, Writer output) throws IOException {
        Deque<Future<List<Outcome>>> inFlight = new ArrayDeque<>();
        int maxInFlight = 4 * workers();
        while (lines.hasNext()) {
            List<JsonLines.Line<String>> chunk = new ArrayList<>(CHUNK);
            long[] bytesRead = new long[CHUNK];
            while (chunk.size() < CHUNK && lines.hasNext()) {
                chunk.add(lines.next());
                bytesRead[chunk.size() - 1] = bytes.count();
            }
            if (inFlight.size() == maxInFlight) {
                tally.settleAll(result(inFlight.removeFirst()), output);
            }
            inFlight.addLast(workers.submit(() -> assess(chunk, bytesRead)));
        }
        while (!inFlight.isEmpty()) {
            tally.settleAll(result(inFlight.removeFirst()), output);
        }
    }

    private List<Outcome> assess(List<JsonLines.Line<String>> chunk, long[] bytesRead) {
        List<Outcome> outcomes = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            // Only the shape is read here: the engine checks the contract's rules itself and reports the
            // same violations, so checking them here too would validate every interaction twice.
            Outcome outcome = read(chunk.get(i), bytesRead[i], InteractionJson::read);
            outcomes.add(outcome instanceof Outcome.Valid valid ? assess(valid) : outcome);
        }
        return outcomes;
    }

    private Outcome assess(Outcome.Valid valid) {
        try {
            Assessment assessment = engine.assess(valid.input());
            return new Outcome.Assessed(valid.number(), valid.bytesRead(), valid.input().channel(), assessment,
                    AssessmentJson.write(assessment));
        } catch (InvalidInputException e) {
            return new Outcome.Rejected(valid.number(), valid.bytesRead(), e.violations());
        } catch (RuntimeException e) {
            return new Outcome.Failed(valid.number(), valid.bytesRead(),
                    String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        }
    }

    /** Reads one line against the contract, without assessing it. */
    private static Outcome readOnly(JsonLines.Line<String> line, long bytesRead) {
        return read(line, bytesRead, InteractionJson::readValid);
    }

    private static Outcome read(JsonLines.Line<String> line, long bytesRead, Function<String, InteractionInput> parse) {
        if (line instanceof JsonLines.Line.Rejected<String> rejected) {
            return new Outcome.Rejected(rejected.number(), bytesRead, rejected.problems());
        }
        JsonLines.Line.Read<String> text = (JsonLines.Line.Read<String>) line;
        try {
            return new Outcome.Valid(text.number(), bytesRead, parse.apply(text.value()));
        } catch (InvalidInputException e) {
            return new Outcome.Rejected(text.number(), bytesRead, e.violations());
        } catch (RuntimeException e) {
            // Settled in input order, so the run stops at this line as it would have one line at a time.
            return new Outcome.Broken(text.number(), bytesRead, e);
        }
    }

    private static List<Outcome> result(Future<List<Outcome>> chunk) throws IOException {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the batch was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static int workers() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static Thread worker(Runnable task) {
        Thread thread = new Thread(task, "clientele-batch");
        // A worker must never keep the command's JVM alive after the batch ended.
        thread.setDaemon(true);
        return thread;
    }

    /** What became of one non-blank input line; settled on the batch's own thread, in input order. */
    private sealed interface Outcome {
        long number();

        long bytesRead();

        record Valid(long number, long bytesRead, InteractionInput input) implements Outcome {
        }

        record Assessed(long number, long bytesRead, String channel, Assessment assessment, String json)
                implements Outcome {
        }

        record Rejected(long number, long bytesRead, List<Violation> problems) implements Outcome {
        }

        record Failed(long number, long bytesRead, String message) implements Outcome {
        }

        record Broken(long number, long bytesRead, RuntimeException problem) implements Outcome {
        }
    }

    /** The running counts of one run; touched only by the thread that called {@link #run}. */
    private final class Tally {
        private final String name;
        private final Progress progress;
        private long read;
        private long assessed;
        private long resumed;
        private long invalid;
        private long failed;
        private long bytesRead;

        Tally(String name, Progress progress) {
            this.name = name;
            this.progress = progress;
        }

        void settleAll(List<Outcome> outcomes, Writer output) throws IOException {
            for (Outcome outcome : outcomes) {
                settle(outcome, output);
            }
        }

        void settle(Outcome outcome, Writer output) throws IOException {
            read++;
            bytesRead = outcome.bytesRead();
            if (outcome instanceof Outcome.Assessed done) {
                output.write(done.json());
                output.write('\n');
                counts.add(done.assessment(), done.channel());
                assessed++;
            } else if (outcome instanceof Outcome.Rejected rejected) {
                invalid++;
                for (Violation v : rejected.problems()) {
                    problems.accept(name + ":" + rejected.number() + ": " + v);
                }
            } else if (outcome instanceof Outcome.Failed failure) {
                failed++;
                problems.accept(name + ":" + failure.number() + ": internal failure: " + failure.message());
            } else if (outcome instanceof Outcome.Broken broken) {
                throw broken.problem();
            } else {
                throw new IllegalStateException("a valid line is either resumed or assessed: line " + outcome.number());
            }
            progress();
        }

        void progress() {
            progress.update(resumed + assessed, bytesRead);
        }
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
