package dev.clientele.playbooks.defaults.internal;

import java.util.Objects;

/**
 * One entry of a word list before compilation: a phrase in one language, the signal it stands
 * for, and how strongly it speaks for that signal.
 *
 * @param signal   the signal the phrase stands for, such as {@code impatient} or {@code insult}
 * @param weight   in (0, 1]; the probability-like strength used by the noisy-or scoring
 * @param language {@code pl} or {@code en}
 * @param phrase   the words as a person would write them; compiled with the host's analyser
 */
record Cue(Signal signal, double weight, String language, String phrase) {

    Cue {
        Objects.requireNonNull(signal, "signal");
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("cue weight must be in (0, 1], got " + weight);
        }
        Objects.requireNonNull(language, "language");
        if (phrase == null || phrase.isBlank()) {
            throw new IllegalArgumentException("cue phrase must not be blank");
        }
    }
}
