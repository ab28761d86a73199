package dev.clientele.playbooks.defaults.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time expressions a promise can carry, with the words of a {@link PromiseLexicon}:
 * a span ("in 10 minutes", "za kwadrans", "w ciągu 2 dni roboczych"), a clock time ("by 3pm",
 * "do 15:30"), a day with an optional part or clock time ("tomorrow morning", "jutro do 10",
 * "on Friday"), or a week ("next week"). A range falls due at its far end; a bare hour from 1 to 7
 * is read as the afternoon, when offices are open. Stateless.
 */
final class TimeExpressions {

    /** A time expression, how its due time follows, and the tokens that carry it. */
    record Timed(Due due, int firstToken, int lastToken) {
    }

    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}(?:[.,]\\d+)?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?");
    /** How many lead words may stand before a time ("at the latest by"). */
    private static final int LEADS = 2;
    private static final int LAST_AFTERNOON_HOUR = 7;

    private TimeExpressions() {
    }

    /** The time expression that starts at token {@code i} and ends no later than {@code last}, if any. */
    static Optional<Timed> at(Words w, int i, int last, PromiseLexicon lex) {
        if (i > last || !(w.isWord(i) || w.isNumber(i))) {
            return Optional.empty();
        }
        Optional<Timed> span = span(w, i, last, lex);
        if (span.isPresent()) {
            return span;
        }
        Optional<Timed> day = day(w, i, last, lex);
        if (day.isPresent()) {
            return day;
        }
        return clockWithLead(w, i, last, lex).map(c -> new Timed(new Due.Next(c.time()), i, c.last()));
    }

    /** A span with its lead ("within 2 hours") or followed by "from now". */
    static Optional<Timed> span(Words w, int i, int last, PromiseLexicon lex) {
        PromiseLexicon.Match lead = lex.longest("span lead", w, i, last);
        PromiseLexicon.Match numberedLead = lead == null ? lex.longest("span lead with a number", w, i, last) : null;
        int j = lead != null ? lead.last() + 1 : numberedLead != null ? numberedLead.last() + 1 : i;
        Optional<Timed> amount = amount(w, j, last, lex, lead != null);
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        int end = amount.get().lastToken();
        if (lead == null && numberedLead == null) {
            PromiseLexicon.Match fromNow = lex.longest("from now", w, end + 1, last);
            if (fromNow == null) {
                return Optional.empty();
            }
            end = fromNow.last();
        }
        return Optional.of(new Timed(amount.get().due(), i, end));
    }

    /**
     * An amount of time without a lead: "10 minutes", "half an hour", "2-3 working days", and with
     * {@code unitAlone} also a unit by itself ("the hour", "godzinę", "kwadrans") meaning one of it.
     */
    static Optional<Timed> amount(Words w, int i, int last, PromiseLexicon lex, boolean unitAlone) {
        int j = i;
        for (PromiseLexicon.Match a = lex.longest("approximately", w, j, last); a != null;
             a = lex.longest("approximately", w, j, last)) {
            j = a.last() + 1;
        }
        Quantity q = quantity(w, j, last, lex);
        int unitAt;
        if (q != null) {
            unitAt = q.last() + 1;
        } else if (unitAlone) {
            PromiseLexicon.Match article = lex.longest("article", w, j, last);
            unitAt = article == null ? j : article.last() + 1;
        } else {
            return Optional.empty();
        }
        PromiseLexicon.Match unit = lex.longest("units", w, unitAt, last);
        if (unit == null) {
            return Optional.empty();
        }
        double value = q == null ? 1 : q.value();
        int end = unit.last();
        PromiseLexicon.Match half = lex.longest("and a half", w, end + 1, last);
        if (half != null) {
            value += 0.5;
            end = half.last();
        }
        Due due;
        if (unit.value().equals("working")) {
            due = new Due.AfterWorkingDays((int) Math.ceil(value));
        } else {
            Duration one = Duration.parse(unit.value());
            due = new Due.After(Duration.ofSeconds(Math.round(one.getSeconds() * value)));
        }
        return Optional.of(new Timed(due, i, end));
    }

    /** A number and the last token it takes; a range gives its far end. */
    private record Quantity(double value, int last) {
    }

    private static Quantity quantity(Words w, int i, int last, PromiseLexicon lex) {
        Quantity q = number(w, i, last, lex);
        if (q == null) {
            return null;
        }
        PromiseLexicon.Match range = lex.longest("range", w, q.last() + 1, last);
        if (range != null) {
            Quantity far = number(w, range.last() + 1, last, lex);
            if (far != null && far.value() >= q.value()) {
                return far;
            }
        }
        return q;
    }

    private static Quantity number(Words w, int i, int last, PromiseLexicon lex) {
        if (i > last) {
            return null;
        }
        String s = w.folded(i);
        if (w.isNumber(i) && NUMBER.matcher(s).matches()) {
            return new Quantity(Double.parseDouble(s.replace(',', '.')), i);
        }
        PromiseLexicon.Match word = lex.longest("numbers", w, i, last);
        if (word == null) {
            return null;
        }
        double value = Double.parseDouble(word.value());
        int end = word.last();
        PromiseLexicon.Match tail = lex.longest("number tails", w, end + 1, last);
        if (tail != null && value >= 20 && value % 10 == 0) {
            value += Double.parseDouble(tail.value());
            end = tail.last();
        }
        return new Quantity(value, end);
    }

    /** A day, a weekday or a week, after up to two lead words, with an optional part of the day or clock time. */
    private static Optional<Timed> day(Words w, int i, int last, PromiseLexicon lex) {
        int j = i;
        for (int leads = 0; leads <= LEADS; leads++) {
            Optional<Timed> found = dayAt(w, i, j, last, lex);
            if (found.isPresent()) {
                return found;
            }
            PromiseLexicon.Match lead = lex.longest("day lead", w, j, last);
            if (lead == null) {
                return Optional.empty();
            }
            j = lead.last() + 1;
        }
        return Optional.empty();
    }

    private static Optional<Timed> dayAt(Words w, int first, int j, int last, PromiseLexicon lex) {
        PromiseLexicon.Match week = lex.longest("weeks", w, j, last);
        if (week != null) {
            return Optional.of(new Timed(new Due.EndOfWeek(Integer.parseInt(week.value())), first, week.last()));
        }
        PromiseLexicon.Match partBefore = lex.longest("day parts", w, j, last);
        int k = partBefore == null ? j : partBefore.last() + 1;
        PromiseLexicon.Match day = lex.longest("days", w, k, last);
        PromiseLexicon.Match weekday = day == null ? lex.longest("weekdays", w, k, last) : null;
        if (day == null && weekday == null) {
            return Optional.empty();
        }
        int end = day != null ? day.last() : weekday.last();
        LocalTime time = day != null ? time(day.value().split(" ")[1]) : Due.END_OF_DAY;
        if (partBefore != null) {
            time = time(partBefore.value());
        } else {
            int after = end + 1;
            PromiseLexicon.Match part = lex.longest("day parts", w, after, last);
            Optional<Clock> clock = part == null ? clockWithLead(w, after, last, lex).or(() -> clock(w, after, last, lex))
                    : Optional.empty();
            if (part != null) {
                time = time(part.value());
                end = part.last();
            } else if (clock.isPresent()) {
                time = clock.get().time();
                end = clock.get().last();
            }
        }
        Due due = day != null ? new Due.OnDay(Integer.parseInt(day.value().split(" ")[0]), time)
                : new Due.OnWeekday(DayOfWeek.valueOf(weekday.value()), time);
        return Optional.of(new Timed(due, first, end));
    }

    private static LocalTime time(String value) {
        return value.equals("end") ? Due.END_OF_DAY : LocalTime.parse(value);
    }

    /** A clock time and its last token. */
    record Clock(LocalTime time, int last) {
    }

    /** A clock time after up to two lead words ("by", "at the latest by", "najpóźniej do godz."). */
    private static Optional<Clock> clockWithLead(Words w, int i, int last, PromiseLexicon lex) {
        PromiseLexicon.Match between = lex.longest("clock range lead", w, i, last);
        if (between != null) {
            Optional<Clock> from = clock(w, between.last() + 1, last, lex);
            PromiseLexicon.Match and = from.isEmpty() ? null : lex.longest("clock range", w, from.get().last() + 1, last);
            return and == null ? Optional.empty() : clock(w, and.last() + 1, last, lex);
        }
        int j = i;
        boolean led = false;
        for (int leads = 0; leads < LEADS; leads++) {
            PromiseLexicon.Match lead = lex.longest("clock lead", w, j, last);
            if (lead == null) {
                break;
            }
            j = lead.last() + 1;
            led = true;
        }
        if (!led) {
            return Optional.empty();
        }
        PromiseLexicon.Match filler = lex.longest("clock filler", w, j, last);
        if (filler != null) {
            j = filler.last() + 1;
            if (w.isPunctuation(j) && w.folded(j).equals(".")) {
                j++;
            }
        }
        return clock(w, j, last, lex);
    }

    /** "10", "10am", "10 am", "10:30", "15.30", "9 pm", "noon". */
    static Optional<Clock> clock(Words w, int i, int last, PromiseLexicon lex) {
        if (i > last) {
            return Optional.empty();
        }
        PromiseLexicon.Match word = lex.longest("clock words", w, i, last);
        if (word != null) {
            return Optional.of(new Clock(time(word.value()), word.last()));
        }
        if (!w.isNumber(i)) {
            return Optional.empty();
        }
        Matcher m = CLOCK.matcher(w.folded(i));
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int end = i;
        PromiseLexicon.Match am = lex.longest("am", w, end + 1, last);
        PromiseLexicon.Match pm = lex.longest("pm", w, end + 1, last);
        if (pm != null && hour < 12) {
            hour += 12;
            end = pm.last();
        } else if (am != null) {
            hour = hour == 12 ? 0 : hour;
            end = am.last();
        } else if (pm != null) {
            end = pm.last();
        } else if (hour >= 1 && hour <= LAST_AFTERNOON_HOUR) {
            hour += 12;
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(new Clock(LocalTime.of(hour, minute), end));
    }
}
