package dev.clientele.adapter.cli.internal;

import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.ServiceLevels;
import dev.clientele.playbooks.api.EscalationReason;
import dev.clientele.playbooks.api.Observation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The numbers a batch report draws, counted one assessment at a time so that memory stays bounded
 * however long the batch. Each chart is a list of labelled counts.
 */
public final class ReportCounts {

    /** The intensity buckets, lower bound inclusive, upper exclusive except the last. */
    public static final List<String> INTENSITY_BUCKETS = List.of("0.0-0.2", "0.2-0.4", "0.4-0.6", "0.6-0.8", "0.8-1.0");

    private long assessments;
    private long escalated;
    private final Map<String, Long> patterns = new TreeMap<>();
    private final Map<String, Long> reasons = new TreeMap<>();
    private final Map<String, Long> firstResponse = new LinkedHashMap<>();
    private final Map<String, Long> commitments = new LinkedHashMap<>();
    private final Map<String, Long> intensity = new LinkedHashMap<>();
    private final Map<String, Long> languages = new TreeMap<>();
    private final Map<String, Long> channels = new TreeMap<>();

    public ReportCounts() {
        for (String status : List.of("met", "breached", "pending", "none")) {
            firstResponse.put(status, 0L);
        }
        for (String status : List.of("kept", "met", "broken", "breached", "pending")) {
            commitments.put(status, 0L);
        }
        for (String bucket : INTENSITY_BUCKETS) {
            intensity.put(bucket, 0L);
        }
    }

    /** Counts one assessment of an interaction on {@code channel}. */
    public void add(Assessment a, String channel) {
        assessments++;
        Set<String> seen = new TreeSet<>();
        for (Observation o : a.observed()) {
            seen.add(o.pattern());
        }
        seen.forEach(p -> patterns.merge(p, 1L, Long::sum));
        if (a.escalation().recommended()) {
            escalated++;
            for (EscalationReason r : a.escalation().reasons()) {
                reasons.merge(r.id(), 1L, Long::sum);
            }
        }
        String first = a.sla().firstResponse().map(f -> f.status().id()).orElse("none");
        firstResponse.merge(first, 1L, Long::sum);
        for (ServiceLevels.CommitmentClock c : a.sla().commitments()) {
            commitments.merge(c.status().id(), 1L, Long::sum);
        }
        intensity.merge(bucket(a.intensity().level()), 1L, Long::sum);
        languages.merge(a.language(), 1L, Long::sum);
        channels.merge(channel, 1L, Long::sum);
    }

    /** The bucket of an intensity level in [0, 1]. */
    public static String bucket(double level) {
        int index = Math.min(INTENSITY_BUCKETS.size() - 1, (int) Math.floor(level * INTENSITY_BUCKETS.size()));
        return INTENSITY_BUCKETS.get(Math.max(0, index));
    }

    public long assessments() {
        return assessments;
    }

    public long escalated() {
        return escalated;
    }

    /** Every chart, by id, in the order the report shows them; each maps a label to its count. */
    public Map<String, Chart> charts() {
        Map<String, Chart> charts = new LinkedHashMap<>();
        charts.put("patterns", new Chart("Patterns observed", "interactions in which the pattern was seen", patterns));
        charts.put("escalation-reasons", new Chart("Escalations by reason",
                "reasons given for the " + escalated + " recommended escalations", reasons));
        charts.put("first-response", new Chart("First-response clock", "interactions by clock status", firstResponse));
        charts.put("commitments", new Chart("Commitment clocks", "promises made by agents, by status", commitments));
        charts.put("intensity", new Chart("Intensity", "interactions by the customer's intensity at asOf", intensity));
        charts.put("language", new Chart("By language", "interactions per language assessed", languages));
        charts.put("channel", new Chart("By channel", "interactions per channel", channels));
        return charts;
    }

    /**
     * One chart's data.
     *
     * @param title  the heading
     * @param note   what is counted
     * @param counts label to count, in display order
     */
    public record Chart(String title, String note, Map<String, Long> counts) {
        public Chart {
            counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        }
    }
}
