package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.Token;
import dev.clientele.playbooks.api.TurnView;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One turn with the cues found in it, and the set of signals among them for quick questions. */
record TurnReading(TurnView turn, List<PhraseIndex.Hit> hits, Set<Signal> signals) {

    TurnReading {
        hits = List.copyOf(hits);
        signals = Set.copyOf(signals);
    }

    TurnReading(TurnView turn, List<PhraseIndex.Hit> hits) {
        this(turn, hits, signalsOf(hits));
    }

    private static Set<Signal> signalsOf(List<PhraseIndex.Hit> hits) {
        EnumSet<Signal> found = EnumSet.noneOf(Signal.class);
        for (PhraseIndex.Hit h : hits) {
            found.add(h.signal());
        }
        return found;
    }

    int index() {
        return turn.index();
    }

    boolean has(Signal signal) {
        return signals.contains(signal);
    }

    List<PhraseIndex.Hit> of(Signal signal) {
        if (!signals.contains(signal)) {
            return List.of();
        }
        List<PhraseIndex.Hit> found = new ArrayList<>();
        for (PhraseIndex.Hit h : hits) {
            if (h.signal() == signal) {
                found.add(h);
            }
        }
        return found;
    }

    /** The exact words of the turn that carry a hit, taken from the token offsets. */
    String quote(PhraseIndex.Hit hit) {
        return quote(hit.firstToken(), hit.lastToken());
    }

    /** The exact text from the first to the last token given, inclusive. */
    String quote(int firstToken, int lastToken) {
        return quote(turn, firstToken, lastToken);
    }

    /** The exact text of {@code turn} from the first to the last token given, inclusive. */
    static String quote(TurnView turn, int firstToken, int lastToken) {
        List<Token> tokens = turn.analysis().tokens();
        String text = turn.text();
        int start = Math.min(tokens.get(firstToken).start(), text.length());
        int end = Math.min(Math.max(tokens.get(lastToken).end(), start), text.length());
        return text.substring(start, end);
    }

    /** The first few words of the turn, for evidence that rests on the turn as a whole; null for an empty turn. */
    String opening(int maxWords) {
        List<Token> tokens = turn.analysis().tokens();
        int first = -1;
        int last = -1;
        int words = 0;
        for (int i = 0; i < tokens.size() && words < maxWords; i++) {
            if (tokens.get(i).kind() != Token.Kind.PUNCTUATION || first >= 0) {
                if (first < 0) {
                    first = i;
                }
                last = i;
                if (tokens.get(i).isWord()) {
                    words++;
                }
            }
        }
        if (first < 0) {
            String trimmed = turn.text().strip();
            return trimmed.isEmpty() ? null : trimmed;
        }
        return quote(first, last);
    }

    int words() {
        return turn.analysis().signals().words();
    }

    boolean asksQuestion() {
        return turn.analysis().signals().questions() > 0 || turn.text().indexOf('?') >= 0;
    }

    /** The longest word written in capitals, at least three letters long, or null. */
    Token shoutedWord() {
        Token best = null;
        for (Token t : turn.analysis().tokens()) {
            if (t.isWord() && !t.quoted() && t.text().length() >= 3 && isUpperCase(t.text())
                    && (best == null || t.text().length() > best.text().length())) {
                best = t;
            }
        }
        return best;
    }

    private static boolean isUpperCase(String word) {
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    /** The first punctuation token containing a run of {@code mark} at least {@code length} long, or -1. */
    int punctuationRun(char mark, int length) {
        List<Token> tokens = turn.analysis().tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.PUNCTUATION && count(t.text(), mark) >= length) {
                return i;
            }
        }
        // Some tokenisers split a run into single marks: look for consecutive ones.
        int run = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.PUNCTUATION && t.text().indexOf(mark) >= 0) {
                run += count(t.text(), mark);
                if (run >= length) {
                    return i;
                }
            } else {
                run = 0;
            }
        }
        return -1;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
