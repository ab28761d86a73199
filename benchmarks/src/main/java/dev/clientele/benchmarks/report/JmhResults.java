package dev.clientele.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The results of one JMH run, read from its {@code -rf json} file. */
final class JmhResults {

    /**
     * One benchmark result.
     *
     * @param benchmark   the simple class name and method, such as {@code IncrementalBenchmark.prepareOnly}
     * @param mode        {@code thrpt}, {@code avgt} or {@code sample}
     * @param params      the {@code @Param} values
     * @param score       the score in {@code unit}
     * @param error       the half-width of the 99.9% confidence interval, NaN when JMH gave none
     * @param unit        such as {@code ops/ms} or {@code us/op}
     * @param percentiles for sample mode, percentile ("50.0") to value in {@code unit}
     */
    record Result(String benchmark, String mode, Map<String, String> params, double score, double error, String unit,
                  Map<String, Double> percentiles) {
        Result {
            params = Map.copyOf(params);
            percentiles = Map.copyOf(percentiles);
        }
    }

    private final List<Result> results;

    JmhResults(List<Result> results) {
        this.results = List.copyOf(results);
    }

    static JmhResults read(Path json) {
        try {
            return parse(new ObjectMapper().readTree(json.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JMH results " + json + ": " + e.getMessage(), e);
        }
    }

    static JmhResults parse(JsonNode root) {
        List<Result> results = new ArrayList<>();
        for (JsonNode run : root) {
            String fullName = run.path("benchmark").asText();
            String[] parts = fullName.split("\\.");
            String name = parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : fullName;
            Map<String, String> params = new LinkedHashMap<>();
            run.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
            JsonNode metric = run.path("primaryMetric");
            Map<String, Double> percentiles = new LinkedHashMap<>();
            metric.path("scorePercentiles").fields().forEachRemaining(e -> percentiles.put(e.getKey(), e.getValue().asDouble()));
            double error = metric.path("scoreError").isNumber() ? metric.path("scoreError").asDouble() : Double.NaN;
            results.add(new Result(name, run.path("mode").asText(), params, metric.path("score").asDouble(), error,
                    metric.path("scoreUnit").asText(), percentiles));
        }
        return new JmhResults(results);
    }

    /** The result of {@code benchmark} in {@code mode} whose params include all of {@code params}. */
    Optional<Result> find(String benchmark, String mode, Map<String, String> params) {
        return results.stream()
                .filter(r -> r.benchmark().equals(benchmark) && r.mode().equals(mode))
                .filter(r -> r.params().entrySet().containsAll(params.entrySet()))
                .findFirst();
    }

    List<Result> all() {
        return results;
    }
}
