package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.AnalysedText;
import dev.clientele.playbooks.api.CommitmentFinding;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.Token;
import dev.clientele.playbooks.api.TurnView;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the promises agents make with a time in them ("oddzwonię za kwadrans", "I'll get back to
 * you within 30 minutes", "by tomorrow 10am") and computes when each falls due from the instant
 * of the turn. Clock times ("jutro do 10") are read in UTC: the contract carries no time zone,
 * so a host that knows the customer's zone should convert before assessing. Stateless.
 */
public final class Promises {

    /** How many tokens after the promise verb may hold its time. */
    private static final int REACH = 14;
    /** How many tokens before the promise verb may hold its time ("w ciągu godziny oddzwonię"). */
    private static final int REACH_BACK = 6;

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("ten", 10), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("forty-five", 45),
            Map.entry("sixty", 60), Map.entry("jedna", 1), Map.entry("jedno", 1), Map.entry("jeden", 1),
            Map.entry("dwie", 2), Map.entry("dwa", 2), Map.entry("trzy", 3), Map.entry("cztery", 4), Map.entry("piec", 5),
            Map.entry("dziesiec", 10), Map.entry("pietnascie", 15), Map.entry("dwadziescia", 20),
            Map.entry("trzydziesci", 30), Map.entry("czterdziesci", 40), Map.entry("szescdziesiat", 60));

    private Promises() {
    }

    /**
     * Every timed promise in the agent turns of the interaction up to its {@code asOf}: the turns
     * of the reading's window and the older agent turns, each read once per analysed text
     * ({@link Lexicons#promiseIn}) and dated here from the turn's own instant.
     */
    public static List<CommitmentFinding> find(Reading reading, Lexicons lexicons) {
        InteractionView view = reading.view();
        if (reading.turns().isEmpty()) {
            return List.of();
        }
        int windowStart = reading.turns().get(0).index();
        List<CommitmentFinding> found = new ArrayList<>();
        for (TurnView turn : view.turns()) {
            if (turn.index() >= windowStart) {
                break;
            }
            if (turn.byAgent()) {
                lexicons.promiseIn(turn.analysis()).ifPresent(p -> found.add(p.in(turn)));
            }
        }
        for (TurnReading t : reading.turns()) {
            if (t.turn().byAgent()) {
                lexicons.promiseIn(t.turn().analysis()).ifPresent(p -> found.add(p.in(t.turn())));
            }
        }
        return found;
    }

    /**
     * A promise as the words of one text make it, before it is dated: what is promised, how its
     * due time follows from the instant the turn was said, and the tokens that carry it.
     */
    record Promise(String kind, Due due, int firstToken, int lastToken) {

        /** The finding in {@code turn}, whose analysis this promise was read from. */
        CommitmentFinding in(TurnView turn) {
            return new CommitmentFinding(turn.index(), kind, due.from(turn.at()),
                    TurnReading.quote(turn, firstToken, lastToken));
        }
    }

    /** The first timed promise in a text with the cues {@code hits}, if any. */
    static Optional<Promise> in(AnalysedText text, List<PhraseIndex.Hit> hits) {
        for (PhraseIndex.Hit verb : hits) {
            if (verb.signal() != Signal.PROMISE_CALLBACK && verb.signal() != Signal.PROMISE_UPDATE) {
                continue;
            }
            Optional<Timed> time = timeNear(text.tokens(), verb);
            if (time.isPresent()) {
                Timed timed = time.get();
                String kind = verb.signal() == Signal.PROMISE_CALLBACK ? CommitmentFinding.CALLBACK : CommitmentFinding.UPDATE;
                int first = Math.min(verb.firstToken(), timed.firstToken());
                int last = Math.max(verb.lastToken(), timed.lastToken());
                return Optional.of(new Promise(kind, timed.due(), first, last));
            }
        }
        return Optional.empty();
    }

    /** How a due time follows from the instant a promise was said. */
    sealed interface Due {

        Instant from(Instant said);

        /** "in 10 minutes": a span after the turn. */
        record After(Duration span) implements Due {
            @Override
            public Instant from(Instant said) {
                return said.plus(span);
            }
        }

        /** "tomorrow 10am": a clock time on the next day, UTC. */
        record Tomorrow(LocalTime time) implements Due {
            @Override
            public Instant from(Instant said) {
                LocalDate day = said.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1);
                return ZonedDateTime.of(day, time, ZoneOffset.UTC).toInstant();
            }
        }

        /** "by 3pm": the next time the clock shows it, UTC. */
        record Next(LocalTime time) implements Due {
            @Override
            public Instant from(Instant said) {
                ZonedDateTime at = said.atZone(ZoneOffset.UTC).with(time);
                return at.toInstant().isBefore(said) ? at.plusDays(1).toInstant() : at.toInstant();
            }
        }
    }

    /** A time expression and the tokens that carry it. */
    record Timed(Due due, int firstToken, int lastToken) {
    }

    private static Optional<Timed> timeNear(List<Token> tokens, PhraseIndex.Hit verb) {
        int from = sentenceStart(tokens, verb.firstToken(), REACH_BACK);
        int to = sentenceEnd(tokens, verb.lastToken(), REACH);
        for (int i = verb.lastToken() + 1; i <= to; i++) {
            Optional<Timed> timed = timeAt(tokens, i, to);
            if (timed.isPresent()) {
                return timed;
            }
        }
        for (int i = from; i < verb.firstToken(); i++) {
            Optional<Timed> timed = timeAt(tokens, i, verb.firstToken() - 1);
            if (timed.isPresent()) {
                return timed;
            }
        }
        return Optional.empty();
    }

    private static int sentenceStart(List<Token> tokens, int index, int reach) {
        int i = index;
        while (i > 0 && index - i < reach && !endsSentence(tokens.get(i - 1))) {
            i--;
        }
        return i;
    }

    private static int sentenceEnd(List<Token> tokens, int index, int reach) {
        int i = index;
        while (i + 1 < tokens.size() && i - index < reach && !endsSentence(tokens.get(i + 1))) {
            i++;
        }
        return i;
    }

    private static boolean endsSentence(Token t) {
        if (t.kind() != Token.Kind.PUNCTUATION) {
            return false;
        }
        String s = t.text();
        return s.contains(".") && !s.equals(":") || s.contains("!") || s.contains("?") || s.contains(";");
    }

    /** Reads a time expression that starts at token {@code i} and ends no later than {@code last}. */
    static Optional<Timed> timeAt(List<Token> tokens, int i, int last) {
        String w = word(tokens, i, last);
        switch (w) {
            case "in", "within", "za", "do" -> {
                return relative(tokens, i, last, w);
            }
            case "w" -> {
                if (word(tokens, i + 1, last).equals("ciagu")) {
                    return relative(tokens, i + 1, last, "w ciagu").map(t -> new Timed(t.due(), i, t.lastToken()));
                }
                return Optional.empty();
            }
            case "tomorrow", "jutro" -> {
                return tomorrow(tokens, i, last);
            }
            case "by" -> {
                if (word(tokens, i + 1, last).equals("tomorrow")) {
                    return tomorrow(tokens, i + 1, last).map(t -> new Timed(t.due(), i, t.lastToken()));
                }
                return clock(tokens, i + 1, last).map(c -> new Timed(new Due.Next(c.time()), i, c.lastToken()));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** "in 10 minutes", "within the hour", "za kwadrans", "w ciągu godziny", "do 15 minut". */
    private static Optional<Timed> relative(List<Token> tokens, int i, int last, String lead) {
        int j = i + 1;
        String next = word(tokens, j, last);
        if (next.equals("the") || next.equals("an") && word(tokens, j + 1, last).startsWith("hour")) {
            Duration unit = unit(word(tokens, j + 1, last));
            if (unit != null && (next.equals("an") || unit.equals(Duration.ofHours(1)))) {
                return Optional.of(new Timed(new Due.After(unit), i, j + 1));
            }
        }
        if (next.equals("half") || next.equals("pol")) {
            int k = j + 1;
            if (word(tokens, k, last).equals("an")) {
                k++;
            }
            Duration unit = unit(word(tokens, k, last));
            if (unit != null) {
                return Optional.of(new Timed(new Due.After(unit.dividedBy(2)), i, k));
            }
        }
        Duration single = unit(next);
        if (single != null && !lead.equals("do")) {
            // "za godzinę", "w ciągu godziny", "za kwadrans": the unit alone means one of it.
            return Optional.of(new Timed(new Due.After(single), i, j));
        }
        Integer n = number(tokens, j, last);
        if (n != null) {
            Duration unit = unit(word(tokens, j + 1, last));
            if (unit != null) {
                return Optional.of(new Timed(new Due.After(unit.multipliedBy(n)), i, j + 1));
            }
            Duration compact = compactUnit(word(tokens, j, last));
            if (compact != null) {
                return Optional.of(new Timed(new Due.After(compact.multipliedBy(n)), i, j));
            }
            if (lead.equals("do") || lead.equals("by")) {
                return clock(tokens, j, last).map(c -> new Timed(new Due.Next(c.time()), i, c.lastToken()));
            }
        }
        return Optional.empty();
    }

    /** "tomorrow 10am", "tomorrow by 10", "jutro do 10", "jutro o 9:30". */
    private static Optional<Timed> tomorrow(List<Token> tokens, int i, int last) {
        int j = i + 1;
        String next = word(tokens, j, last);
        if (next.equals("by") || next.equals("at") || next.equals("before") || next.equals("do") || next.equals("o")
                || next.equals("przed")) {
            j++;
        }
        Optional<Clock> c = clock(tokens, j, last);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Timed(new Due.Tomorrow(c.get().time()), i, c.get().lastToken()));
    }

    /** A clock time and its last token. */
    record Clock(LocalTime time, int lastToken) {
    }

    /** "10", "10am", "10 am", "10:30", "10.30", "15:00", "9 pm". */
    static Optional<Clock> clock(List<Token> tokens, int i, int last) {
        String w = word(tokens, i, last);
        if (w.isEmpty()) {
            return Optional.empty();
        }
        int digits = 0;
        while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 2) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(w.substring(0, digits));
        int minute = 0;
        String rest = w.substring(digits);
        int end = i;
        if ((rest.startsWith(":") || rest.startsWith(".")) && rest.length() >= 3) {
            minute = parseOr(rest.substring(1, 3), -1);
            rest = rest.substring(3);
        } else if (rest.isEmpty() && (word(tokens, i + 1, last).equals(":") || word(tokens, i + 1, last).equals("."))
                && word(tokens, i + 2, last).length() == 2) {
            minute = parseOr(word(tokens, i + 2, last), -1);
            end = i + 2;
        }
        if (rest.isEmpty() && (word(tokens, end + 1, last).equals("am") || word(tokens, end + 1, last).equals("pm"))) {
            rest = word(tokens, end + 1, last);
            end++;
        }
        if (rest.equals("pm") && hour < 12) {
            hour += 12;
        } else if (!rest.isEmpty() && !rest.equals("am")) {
            return Optional.empty();
        }
        if (hour > 23 || minute < 0 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(new Clock(LocalTime.of(hour, minute), end));
    }

    private static int parseOr(String s, int fallback) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return fallback;
            }
        }
        return s.isEmpty() ? fallback : Integer.parseInt(s);
    }

    private static Integer number(List<Token> tokens, int i, int last) {
        String w = word(tokens, i, last);
        if (w.isEmpty()) {
            return null;
        }
        int digits = 0;
        while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits <= 4) {
            return Integer.parseInt(w.substring(0, digits));
        }
        return NUMBERS.get(w);
    }

    private static Duration unit(String w) {
        return switch (w) {
            case "minute", "minutes", "min", "mins", "minut", "minuty", "minuta", "minutke", "minutki", "minutek" ->
                    Duration.ofMinutes(1);
            case "hour", "hours", "hr", "hrs", "godzina", "godziny", "godzine", "godzin", "godz" -> Duration.ofHours(1);
            case "kwadrans", "kwadransa", "kwadranse" -> Duration.ofMinutes(15);
            case "day", "days", "dzien", "dni", "dnia" -> Duration.ofDays(1);
            default -> null;
        };
    }

    /** "10min", "2h": the unit written onto the number. */
    private static Duration compactUnit(String w) {
        int digits = 0;
        while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits == w.length()) {
            return null;
        }
        return switch (w.substring(digits)) {
            case "min", "mins", "m" -> Duration.ofMinutes(1);
            case "h", "hr", "hrs", "godz" -> Duration.ofHours(1);
            default -> null;
        };
    }

    private static String word(List<Token> tokens, int i, int last) {
        if (i < 0 || i > last || i >= tokens.size()) {
            return "";
        }
        return tokens.get(i).folded();
    }
}
