package dev.clientele.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PerformanceReportTests {

    private static final String JMH = """
            [
             {"benchmark": "dev.clientele.benchmarks.jmh.DroolsPeerBenchmark.clientele", "mode": "thrpt",
              "params": {"shape": "tweet"},
              "primaryMetric": {"score": 3.0, "scoreError": 0.2, "scoreUnit": "ops/ms"}},
             {"benchmark": "dev.clientele.benchmarks.jmh.DroolsPeerBenchmark.drools", "mode": "thrpt",
              "params": {"shape": "tweet"},
              "primaryMetric": {"score": 0.25, "scoreError": 0.01, "scoreUnit": "ops/ms"}},
             {"benchmark": "dev.clientele.benchmarks.jmh.IncrementalBenchmark.assessAfterOneNewTurn", "mode": "avgt",
              "params": {"turns": "10"}, "primaryMetric": {"score": 100.0, "scoreError": 5.0, "scoreUnit": "us/op"}},
             {"benchmark": "dev.clientele.benchmarks.jmh.IncrementalBenchmark.assessAfterOneNewTurn", "mode": "avgt",
              "params": {"turns": "1000"}, "primaryMetric": {"score": 450.0, "scoreError": 9.0, "scoreUnit": "us/op"}},
             {"benchmark": "dev.clientele.benchmarks.jmh.SingleAssessmentBenchmark.assess", "mode": "sample",
              "params": {"shape": "tweet-pl", "analysis": "fresh"},
              "primaryMetric": {"score": 0.5, "scoreError": 0.01, "scoreUnit": "ms/op",
                                "scorePercentiles": {"50.0": 0.4, "99.0": 1.2, "99.9": 3.5}}}
            ]
            """;

    private static String render(Properties facts) throws Exception {
        JmhResults results = JmhResults.parse(new ObjectMapper().readTree(JMH));
        return new PerformanceReport(results, facts, Optional.empty(), Optional.of("Validation dominates.\n")).render();
    }

    @Test
    void goalsAreJudgedFromTheRatiosOfOneRun() throws Exception {
        Properties facts = new Properties();
        facts.setProperty("batch.10000.seconds", "0.4,0.5,0.6");
        facts.setProperty("batch.10000.rss_kb", "100000,102400,104000");
        facts.setProperty("batch.100000.seconds", "4,5,6");
        facts.setProperty("batch.100000.rss_kb", "204800,204800,204800");
        facts.setProperty("startup.hello.ms", "40,40");
        facts.setProperty("startup.cli.ms", "200,200");
        String report = render(facts);
        assertThat(report)
                .contains("| engine vs Drools, throughput on the shared subset (tweets) | ≥ 10× | 12.00× | yes |")
                .contains("| re-assessing after one new turn: 1,000 turns vs 10 | ≤ 2× | 4.50× | **no** |")
                .contains("| batch throughput, 100k interactions | ≥ 20,000/s | 20,000/s | yes |")
                .contains("| peak RSS, 100k vs 10k interactions | ≤ 1.2× | 2.00× | **no** |")
                .contains("| CLI `assess` of one file vs hello-world `java -jar` | ≤ 4× | 5.00× | **no** |");
    }

    @Test
    void latencyPercentilesAreShownInMicroseconds() throws Exception {
        assertThat(render(new Properties())).contains("| tweet-pl | fresh | — | 400 | 1,200 | 3,500 |");
    }

    @Test
    void whatWasNotMeasuredIsSaidSo() throws Exception {
        String report = render(new Properties());
        assertThat(report).contains("| batch throughput, 100k interactions | ≥ 20,000/s | not measured | — |")
                .contains("The labelled set was not available to this run")
                .contains("Validation dominates.");
    }
}
