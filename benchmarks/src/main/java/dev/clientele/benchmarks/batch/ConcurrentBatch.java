package dev.clientele.benchmarks.batch;

import dev.clientele.adapter.json.AssessmentJson;
import dev.clientele.adapter.json.InteractionJson;
import dev.clientele.benchmarks.jmh.DefaultEngine;
import dev.clientele.core.Clientele;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What {@code clientele batch} could do with every core: the same engine and JSON adapter, several
 * interactions assessed at once, output kept in input order, at most a bounded window in flight:
 * {@code ConcurrentBatch IN.jsonl OUT.jsonl THREADS}. A measurement of the headroom for the
 * batch goal, not a replacement for the command (no progress, no resume, stops at the first bad line).
 */
public final class ConcurrentBatch {

    private ConcurrentBatch() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: ConcurrentBatch IN.jsonl OUT.jsonl THREADS");
            System.exit(2);
        }
        int threads = Integer.parseInt(args[2]);
        int window = 64 * threads;
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try (Clientele clientele = DefaultEngine.start();
             BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            Deque<Future<String>> inFlight = new ArrayDeque<>(window);
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String json = line;
                inFlight.add(workers.submit(() -> AssessmentJson.write(clientele.assess(InteractionJson.read(json)))));
                if (inFlight.size() >= window) {
                    writeFirst(inFlight, out);
                }
            }
            while (!inFlight.isEmpty()) {
                writeFirst(inFlight, out);
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private static void writeFirst(Deque<Future<String>> inFlight, BufferedWriter out) throws IOException,
            InterruptedException {
        try {
            out.write(inFlight.removeFirst().get());
            out.write('\n');
        } catch (ExecutionException e) {
            throw new IllegalStateException("an interaction could not be assessed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
