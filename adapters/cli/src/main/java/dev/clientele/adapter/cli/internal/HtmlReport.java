package dev.clientele.adapter.cli.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * A self-contained HTML page with one inline SVG bar chart per {@link ReportCounts.Chart}: no
 * scripts, no fonts or styles from the network. Every bar carries {@code data-label} and
 * {@code data-count} attributes and prints its count, so the numbers can be checked by a program
 * as well as read by a person.
 */
public final class HtmlReport {

    private static final int BAR_AREA = 360;
    private static final int LABEL_WIDTH = 170;
    private static final int ROW = 26;

    private HtmlReport() {
    }

    /**
     * The page.
     *
     * @param source   the input file's name, shown in the heading
     * @param counts   what to draw
     * @param invalid  how many input lines were skipped as invalid
     * @param created  when the report was made
     * @param duration how long the batch took
     */
    public static String render(String source, ReportCounts counts, long invalid, Instant created, Duration duration) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Clientele batch report: ").append(escape(source)).append("</title>\n")
                .append("<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;color:#1d2430}\n")
                .append("figure{margin:1.5rem 0;padding:1rem;border:1px solid #d5dbe3;border-radius:6px}\n")
                .append("figcaption{font-weight:600;margin-bottom:.25rem}\n")
                .append(".note{color:#5a6577;font-size:.9rem;margin:0 0 .5rem}\n")
                .append("svg text{font-size:13px;fill:#1d2430}\n")
                .append("rect.bar{fill:#3a6ea5}\n")
                .append("dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}\n")
                .append("dt{color:#5a6577}\n")
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>Clientele batch report</h1>\n<dl>\n");
        definition(html, "input", source);
        definition(html, "interactions assessed", Long.toString(counts.assessments()));
        definition(html, "escalations recommended", Long.toString(counts.escalated()));
        definition(html, "invalid lines skipped", Long.toString(invalid));
        definition(html, "created", created.toString());
        definition(html, "took", String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0));
        html.append("</dl>\n");
        html.append("<p class=\"note\">Patterns describe behaviour in one interaction, never a verdict on a person.</p>\n");
        for (Map.Entry<String, ReportCounts.Chart> chart : counts.charts().entrySet()) {
            chart(html, chart.getKey(), chart.getValue());
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void chart(StringBuilder html, String id, ReportCounts.Chart chart) {
        Map<String, Long> counts = chart.counts();
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        int height = Math.max(1, counts.size()) * ROW + 8;
        int width = LABEL_WIDTH + BAR_AREA + 60;
        html.append("<figure id=\"").append(id).append("\">\n<figcaption>").append(escape(chart.title()))
                .append("</figcaption>\n<p class=\"note\">").append(escape(chart.note())).append("</p>\n");
        html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" aria-label=\"").append(escape(chart.title())).append("\">\n");
        if (counts.isEmpty()) {
            html.append("<text x=\"0\" y=\"18\">nothing to show</text>\n");
        }
        int row = 0;
        for (Map.Entry<String, Long> bar : counts.entrySet()) {
            int y = row++ * ROW + 4;
            long count = bar.getValue();
            int length = max == 0 ? 0 : (int) Math.round((double) count / max * BAR_AREA);
            html.append("<g class=\"bar\" data-label=\"").append(escape(bar.getKey())).append("\" data-count=\"")
                    .append(count).append("\">")
                    .append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(escape(bar.getKey())).append("</text>")
                    .append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y)
                    .append("\" width=\"").append(length).append("\" height=\"").append(ROW - 8).append("\"/>")
                    .append("<text class=\"count\" x=\"").append(LABEL_WIDTH + length + 6).append("\" y=\"").append(y + 15)
                    .append("\">").append(count).append("</text></g>\n");
        }
        html.append("</svg>\n</figure>\n");
    }

    private static void definition(StringBuilder html, String term, String value) {
        html.append("<dt>").append(escape(term)).append("</dt><dd>").append(escape(value)).append("</dd>\n");
    }

    /** Escapes text for HTML content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
