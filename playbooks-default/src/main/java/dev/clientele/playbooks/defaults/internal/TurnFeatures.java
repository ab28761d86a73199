package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.TextSignals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The features of one customer turn that the recognition model weighs: the words of the turn
 * ({@link WordFeatures}: lemmas, lemma pairs, character n-grams, licensed swearing), and what
 * depends on the conversation: the cues of the word lists, the evidence of the rules for this
 * turn and for the conversation so far, the non-lexical signals and the turn's place. The training
 * command and the playbook both call {@link #of}, so a model always sees features made the same way.
 *
 * @param words   the features of the turn's words, each in [0, 1]
 * @param context the other features present, each in [0, 1]
 */
public record TurnFeatures(WordFeatures words, Map<String, Double> context) {

    public TurnFeatures {
        context = Collections.unmodifiableMap(context);
    }

    /** Every feature present and its value, words and context together; what training learns from. */
    public Map<String, Double> values() {
        Map<String, Double> all = new LinkedHashMap<>(words.values());
        all.putAll(context);
        return all;
    }

    /** The first and last token of the words a word feature came from (its first occurrence). */
    public Map<String, int[]> spans() {
        return words.spans();
    }

    /**
     * The features of the customer turn at {@code position} of {@code reading}.
     *
     * @param turnRules the rules' evidence found in this turn alone, by pattern
     * @param soFar     the rules' evidence of the conversation up to and including this turn, by pattern
     * @param lexicon   the licensed lists of swearing and insults
     */
    static TurnFeatures of(Reading reading, int position, Map<String, Score> turnRules, Map<String, Score> soFar,
                           SwearWords lexicon) {
        Map<String, Double> values = new LinkedHashMap<>();
        TurnReading t = reading.turns().get(position);
        WordFeatures words = reading.wordsOf(t, lexicon);
        for (PhraseIndex.Hit h : t.hits()) {
            values.merge("s:" + h.signal().name(), h.weight(), Math::max);
        }
        for (Map.Entry<String, Score> e : turnRules.entrySet()) {
            double c = e.getValue().confidence();
            if (c > 0) {
                values.put("r:" + e.getKey(), c);
            }
        }
        for (Map.Entry<String, Score> e : soFar.entrySet()) {
            double c = e.getValue().confidence();
            if (c > 0) {
                values.put("rc:" + e.getKey(), c);
            }
        }
        signals(t, values);
        context(reading, position, values);
        return new TurnFeatures(words, values);
    }

    private static void signals(TurnReading t, Map<String, Double> values) {
        TextSignals s = t.turn().analysis().signals();
        if (s.words() >= 4 && s.capitalsRatio() >= 0.3) {
            values.put("t:capitals", s.capitalsRatio());
        }
        if (s.longestExclamationRun() > 0) {
            values.put("t:exclamations", Math.min(s.longestExclamationRun(), 3) / 3.0);
        }
        if (s.questions() > 0) {
            values.put("t:question", 1.0);
        }
        if (s.words() <= 3) {
            values.put("t:short", 1.0);
        } else if (s.words() >= 50) {
            values.put("t:long", 1.0);
        }
        if (s.emoji() > 0) {
            values.put("t:emoji", 1.0);
        }
    }

    private static void context(Reading reading, int position, Map<String, Double> values) {
        int agent = reading.previousAgent(position);
        if (agent >= 0) {
            values.put("x:after-agent", 1.0);
            if (reading.turns().get(agent).has(Signal.BAD_NEWS)) {
                values.put("x:after-bad-news", 1.0);
            }
        }
        int spoken = reading.previousSpoken(position);
        if (spoken >= 0 && reading.turns().get(spoken).turn().byCustomer()) {
            values.put("x:customer-again", 1.0);
        }
        boolean first = true;
        for (int i = 0; i < position; i++) {
            if (reading.turns().get(i).turn().byCustomer()) {
                first = false;
                break;
            }
        }
        if (first) {
            values.put("x:first-words", 1.0);
        }
        int contacts = reading.view().context().previousContacts();
        if (contacts > 0) {
            values.put("x:previous-contacts", Math.min(contacts, 3) / 3.0);
        }
    }
}
