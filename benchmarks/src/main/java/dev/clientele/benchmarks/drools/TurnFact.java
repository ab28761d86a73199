package dev.clientele.benchmarks.drools;

import java.util.Set;

/**
 * A rule-engine fact: one turn of the window the rules look at, with the measurements the rules
 * test. Derived from the host's analysis of the turn; holds no conclusion.
 */
public final class TurnFact {

    private final int index;
    private final int order;
    private final String speaker;
    private final long atSecond;
    private final String language;
    private final int words;
    private final double capitalsRatio;
    private final int longestExclamationRun;
    private final boolean asksQuestion;
    private final boolean shoutedWord;
    private final Set<String> contentLemmas;

    /**
     * @param index                 the turn's index in the interaction
     * @param order                 its place in the window, from 0
     * @param speaker               {@code customer}, {@code agent} or {@code system}
     * @param atSecond              when it was said, in epoch seconds
     * @param language              the language of its analysis
     * @param words                 its word count
     * @param capitalsRatio         the share of capitals among its letters
     * @param longestExclamationRun its longest run of {@code !}
     * @param asksQuestion          whether it asks a question
     * @param shoutedWord           whether an unquoted word of three or more letters is all capitals
     * @param contentLemmas         lemmas of its unquoted words of four or more letters
     */
    public TurnFact(int index, int order, String speaker, long atSecond, String language, int words,
                    double capitalsRatio, int longestExclamationRun, boolean asksQuestion, boolean shoutedWord,
                    Set<String> contentLemmas) {
        this.index = index;
        this.order = order;
        this.speaker = speaker;
        this.atSecond = atSecond;
        this.language = language;
        this.words = words;
        this.capitalsRatio = capitalsRatio;
        this.longestExclamationRun = longestExclamationRun;
        this.asksQuestion = asksQuestion;
        this.shoutedWord = shoutedWord;
        this.contentLemmas = Set.copyOf(contentLemmas);
    }

    public int getIndex() {
        return index;
    }

    public int getOrder() {
        return order;
    }

    public String getSpeaker() {
        return speaker;
    }

    public boolean isCustomer() {
        return "customer".equals(speaker);
    }

    public boolean isAgent() {
        return "agent".equals(speaker);
    }

    public long getAtSecond() {
        return atSecond;
    }

    public String getLanguage() {
        return language;
    }

    public int getWords() {
        return words;
    }

    public double getCapitalsRatio() {
        return capitalsRatio;
    }

    public int getLongestExclamationRun() {
        return longestExclamationRun;
    }

    public boolean isAsksQuestion() {
        return asksQuestion;
    }

    public boolean isShoutedWord() {
        return shoutedWord;
    }

    public Set<String> getContentLemmas() {
        return contentLemmas;
    }

    @Override
    public String toString() {
        return "TurnFact[" + index + " " + speaker + "]";
    }
}
