package dev.clientele.core.domain.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How long a service-level clock has run: working time of a calendar, less pauses.
 *
 * @param calendar when the clock may run
 * @param pauses   when it stood still, in any order, possibly overlapping
 */
public record RunningTime(BusinessCalendar calendar, List<Pause> pauses) {

    public RunningTime {
        Objects.requireNonNull(calendar, "calendar");
        pauses = List.copyOf(pauses);
    }

    /** The time the clock ran in {@code [from, to)}. */
    public Duration between(Instant from, Instant to) {
        Duration total = calendar.workingTime(from, to);
        for (Pause p : Pause.normalised(pauses, to)) {
            Instant s = p.from().isAfter(from) ? p.from() : from;
            total = total.minus(calendar.workingTime(s, p.until()));
        }
        return total;
    }

    /**
     * The earliest instant at which the clock, started at {@code from}, has run for {@code amount},
     * counting only pauses that began before {@code knownUntil} (later ones are not known yet) and
     * treating a pause still running at {@code knownUntil} as ending there.
     */
    public Instant after(Instant from, Duration amount, Instant knownUntil) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a clock cannot run for a negative time");
        }
        if (amount.isZero()) {
            return from;
        }
        List<Pause> known = Pause.normalised(pauses, knownUntil);
        Duration remaining = amount;
        LocalDate day = from.atZone(calendar.zone()).toLocalDate();
        int limit = calendar.searchLimitDays(amount);
        for (int i = 0; i <= limit; i++, day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            Instant[] w = calendar.window(day);
            Instant cursor = w[0].isAfter(from) ? w[0] : from;
            Instant end = w[1];
            for (Pause p : known) {
                if (!cursor.isBefore(end)) {
                    break;
                }
                if (!p.until().isAfter(cursor) || !p.from().isBefore(end)) {
                    continue;
                }
                if (p.from().isAfter(cursor)) {
                    Duration run = Duration.between(cursor, p.from());
                    if (run.compareTo(remaining) >= 0) {
                        return cursor.plus(remaining);
                    }
                    remaining = remaining.minus(run);
                }
                cursor = p.until();
            }
            if (end.isAfter(cursor)) {
                Duration run = Duration.between(cursor, end);
                if (run.compareTo(remaining) >= 0) {
                    return cursor.plus(remaining);
                }
                remaining = remaining.minus(run);
            }
        }
        throw new IllegalStateException("no working time found within " + limit + " days");
    }
}
