package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.TextSignals;
import dev.clientele.playbooks.api.Token;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The features of one customer turn that the recognition model weighs: the words (lemmas and
 * pairs of lemmas, without diacritics), character n-grams of each word (so that typos, missing
 * diacritics and masked swearing such as {@code k***a} still share features with the plain word),
 * the cues of the word lists, the evidence of the rules for this turn and for the conversation so
 * far, the non-lexical signals and the turn's place in the conversation. The training command and
 * the playbook both call {@link #of}, so a model always sees features made the same way.
 *
 * @param values the value of each feature present, in [0, 1]
 * @param spans  the first and last token of the words a lexical feature came from (its first occurrence)
 */
public record TurnFeatures(Map<String, Double> values, Map<String, int[]> spans) {

    /** Character n-grams of these lengths are taken from each word. */
    private static final int MIN_GRAM = 3;
    private static final int MAX_GRAM = 5;
    /** Longer words are rarely real words (links, codes); their n-grams would only add noise. */
    private static final int MAX_WORD = 24;

    public TurnFeatures {
        values = Map.copyOf(values);
        spans = Map.copyOf(spans);
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
        Map<String, int[]> spans = new LinkedHashMap<>();
        TurnReading t = reading.turns().get(position);
        words(reading, t, values, spans);
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
        int swearing = lexicon.count(t.turn().analysis().tokens());
        if (swearing > 0) {
            values.put("l:swearing", Math.min(swearing, 3) / 3.0);
        }
        signals(t, values);
        context(reading, position, values);
        return new TurnFeatures(values, spans);
    }

    private static void words(Reading reading, TurnReading t, Map<String, Double> values, Map<String, int[]> spans) {
        List<Token> tokens = t.turn().analysis().tokens();
        String previous = null;
        int previousIndex = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.quoted() || !(token.isWord() || token.kind() == Token.Kind.NUMBER)) {
                previous = null;
                continue;
            }
            // A surname that is also a word ("Wrona", "Moody") says nothing of behaviour.
            boolean name = reading.isName(t, i);
            String lemma = token.kind() == Token.Kind.NUMBER ? "<num>" : name ? "<name>"
                    : PhraseIndex.stripDiacritics(token.lemma());
            put("w:" + lemma, i, i, values, spans);
            if (previous != null) {
                put("b:" + previous + "_" + lemma, previousIndex, i, values, spans);
            }
            previous = lemma;
            previousIndex = i;
            if (token.isWord() && !name) {
                String form = PhraseIndex.stripDiacritics(token.folded());
                if (form.length() <= MAX_WORD) {
                    String padded = "^" + form + "$";
                    for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
                        for (int s = 0; s + n <= padded.length(); s++) {
                            put("c:" + padded.substring(s, s + n), i, i, values, spans);
                        }
                    }
                }
            }
        }
    }

    private static void put(String feature, int first, int last, Map<String, Double> values, Map<String, int[]> spans) {
        if (values.putIfAbsent(feature, 1.0) == null) {
            spans.put(feature, new int[] {first, last});
        }
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
