package dev.clientele.core.domain.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When service-level clocks run: working days, daily hours and holidays in one time zone. A clock
 * runs only inside a working window. A window of a working day that is not a holiday starts at
 * {@code opens} and ends at {@code closes}; {@code closes} of midnight means the end of the day.
 *
 * @param zone        the time zone the hours are in
 * @param workingDays at least one day
 * @param opens       when the working day starts
 * @param closes      when it ends: after {@code opens}, or midnight for the end of the day
 * @param holidays    dates without a window, in {@code zone}
 */
public record BusinessCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime opens, LocalTime closes,
                               Set<LocalDate> holidays) {

    /** Clocks run all the time: every day, around the clock, no holidays. */
    public static final BusinessCalendar ALWAYS = new BusinessCalendar(ZoneOffset.UTC,
            EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, Set.of());

    // With at least one working day, the next window is never more than a week away.
    private static final int DAYS_BETWEEN_WINDOWS = 7;

    public BusinessCalendar {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(workingDays, "workingDays");
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("a business calendar has at least one working day");
        }
        workingDays = Set.copyOf(workingDays);
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!closes.equals(LocalTime.MIDNIGHT) && !closes.isAfter(opens)) {
            throw new IllegalArgumentException("a working day closes after it opens");
        }
        holidays = Set.copyOf(holidays);
    }

    /** Working days and hours in a zone, without holidays. */
    public static BusinessCalendar of(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime opens, LocalTime closes) {
        return new BusinessCalendar(zone, workingDays, opens, closes, Set.of());
    }

    /** This calendar with {@code dates} added to its holidays. */
    public BusinessCalendar withHolidays(Set<LocalDate> dates) {
        Set<LocalDate> all = new java.util.HashSet<>(holidays);
        all.addAll(dates);
        return new BusinessCalendar(zone, workingDays, opens, closes, all);
    }

    /** Whether {@code date} has a working window. */
    public boolean isWorkingDay(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** The working window of {@code date}, as {@code [start, end)} instants; only meaningful on a working day. */
    Instant[] window(LocalDate date) {
        Instant start = ZonedDateTime.of(date, opens, zone).toInstant();
        Instant end = closes.equals(LocalTime.MIDNIGHT)
                ? date.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(date, closes, zone).toInstant();
        return new Instant[] {start, end};
    }

    /** The working time in {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    public Duration workingTime(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        // A window may start on the day before 'from' in the zone only when it crosses midnight, which ours never do.
        for (LocalDate d = from.atZone(zone).toLocalDate(); !d.isAfter(to.atZone(zone).toLocalDate()); d = d.plusDays(1)) {
            if (!isWorkingDay(d)) {
                continue;
            }
            Instant[] w = window(d);
            Instant s = w[0].isAfter(from) ? w[0] : from;
            Instant e = w[1].isBefore(to) ? w[1] : to;
            if (e.isAfter(s)) {
                total = total.plus(Duration.between(s, e));
            }
        }
        return total;
    }

    /**
     * The most days one search for {@code amount} of working time may look ahead: enough windows to
     * hold it, each at most a week apart, plus a week for every holiday that may take a window away.
     */
    int searchLimitDays(Duration amount) {
        Duration window = Duration.between(opens, closes.equals(LocalTime.MIDNIGHT) ? LocalTime.MAX : closes);
        // A daylight-saving change can shorten one window by an hour.
        long shortest = Math.max(1, window.minusHours(1).toMinutes());
        long windows = amount.toMinutes() / shortest + 2;
        return (int) Math.min(Integer.MAX_VALUE, (windows + holidays.size()) * DAYS_BETWEEN_WINDOWS + 7);
    }
}
