package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.spi.PlaybookContext;

/**
 * Holds a playbook's compiled word lists: taken in {@code start}, or on first use if a host
 * skipped it, from those the other built-in playbooks of the same host already compiled
 * ({@link Lexicons#of}). Thread-safe.
 */
public final class Compiled {

    private volatile Lexicons lexicons;

    /** Takes the word lists compiled with the host's analyser, compiling them if no other playbook did. */
    public void start(PlaybookContext context) {
        lexicons = Lexicons.of(context);
    }

    /** The compiled word lists, compiling them with {@code context} when {@link #start} was not called. */
    public Lexicons get(PlaybookContext context) {
        Lexicons l = lexicons;
        if (l == null) {
            synchronized (this) {
                if (lexicons == null) {
                    lexicons = Lexicons.of(context);
                }
                l = lexicons;
            }
        }
        return l;
    }

    /** The {@code threshold} setting of a playbook's configuration, or {@code fallback}. */
    public static double threshold(PlaybookContext context, double fallback) {
        return context.setting("threshold").map(v -> {
            try {
                double d = Double.parseDouble(v.strip());
                return d >= 0 && d <= 1 ? d : fallback;
            } catch (NumberFormatException e) {
                return fallback;
            }
        }).orElse(fallback);
    }
}
