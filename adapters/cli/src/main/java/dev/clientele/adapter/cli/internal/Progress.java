package dev.clientele.adapter.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on a terminal: how many interactions, how fast, and the estimated time
 * left from the share of the input already read. Redrawn at most four times a second; silent when
 * standard error is not a terminal, so logs and pipes stay clean.
 */
public final class Progress {

    private static final long REDRAW_NANOS = 250_000_000L;
    private static final int BAR = 24;

    private final PrintWriter err;
    private final boolean enabled;
    private final long totalBytes;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private int lastWidth;

    /**
     * @param err        where to draw
     * @param enabled    whether to draw at all (normally: standard error is a terminal)
     * @param totalBytes the input's size, or a non-positive number when unknown
     */
    public Progress(PrintWriter err, boolean enabled, long totalBytes) {
        this.err = err;
        this.enabled = enabled;
        this.totalBytes = totalBytes;
    }

    /** Redraws the bar if enough time passed since the last time. */
    public void update(long done, long bytesRead) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        String line = line(done, bytesRead, totalBytes, (now - started) / 1e9);
        err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
        err.flush();
        lastWidth = line.length();
    }

    /** Clears the bar so that the summary starts on a clean line. */
    public void finish() {
        if (enabled && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
        }
    }

    /** The bar's text for {@code done} interactions after {@code seconds}, having read {@code bytesRead} of {@code totalBytes}. */
    public static String line(long done, long bytesRead, long totalBytes, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder line = new StringBuilder();
        if (totalBytes > 0) {
            double share = Math.min(1, (double) bytesRead / totalBytes);
            int filled = (int) Math.round(share * BAR);
            line.append('[').append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%% ", Math.round(share * 100)));
            line.append(String.format(Locale.ROOT, " %,d interactions  %.1f/s", done, rate));
            if (share > 0 && share < 1) {
                long eta = Math.round(seconds / share - seconds);
                line.append(String.format(Locale.ROOT, "  ETA %d:%02d:%02d", eta / 3600, eta / 60 % 60, eta % 60));
            }
        } else {
            line.append(String.format(Locale.ROOT, "%,d interactions  %.1f/s", done, rate));
        }
        return line.toString();
    }
}
