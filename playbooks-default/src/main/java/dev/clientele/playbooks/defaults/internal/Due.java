package dev.clientele.playbooks.defaults.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * How a promise's due time follows from the instant it was said. Clock times and days are read
 * in UTC: the contract carries no time zone, so a host that knows the customer's zone should
 * convert before assessing.
 */
sealed interface Due {

    /** The last second of a day, for "today", "by Friday", "this evening". */
    LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    Instant from(Instant said);

    /** "in 10 minutes": a span after the turn. */
    record After(Duration span) implements Due {
        @Override
        public Instant from(Instant said) {
            return said.plus(span);
        }
    }

    /** "within 3 working days": that many days after the turn, Saturdays and Sundays skipped. */
    record AfterWorkingDays(int days) implements Due {
        @Override
        public Instant from(Instant said) {
            ZonedDateTime at = said.atZone(ZoneOffset.UTC);
            int left = days;
            while (left > 0) {
                at = at.plusDays(1);
                if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    left--;
                }
            }
            return at.toInstant();
        }
    }

    /** "by 3pm": the next time the clock shows it. */
    record Next(LocalTime time) implements Due {
        @Override
        public Instant from(Instant said) {
            ZonedDateTime at = said.atZone(ZoneOffset.UTC).with(time);
            return at.toInstant().isBefore(said) ? at.plusDays(1).toInstant() : at.toInstant();
        }
    }

    /** "tomorrow 10am", "this afternoon": a time on the day so many days after the turn's. */
    record OnDay(int daysLater, LocalTime time) implements Due {
        @Override
        public Instant from(Instant said) {
            LocalDate day = said.atZone(ZoneOffset.UTC).toLocalDate().plusDays(daysLater);
            return ZonedDateTime.of(day, time, ZoneOffset.UTC).toInstant();
        }
    }

    /** "on Friday morning": a time on the next such weekday, the turn's own day included. */
    record OnWeekday(DayOfWeek day, LocalTime time) implements Due {
        @Override
        public Instant from(Instant said) {
            LocalDate date = said.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.nextOrSame(day));
            return ZonedDateTime.of(date, time, ZoneOffset.UTC).toInstant();
        }
    }

    /** "by the end of the week", "next week": the end of the working week, this one or a later one. */
    record EndOfWeek(int weeksLater) implements Due {
        @Override
        public Instant from(Instant said) {
            LocalDate friday = said.atZone(ZoneOffset.UTC).toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(4).plusWeeks(weeksLater);
            return ZonedDateTime.of(friday, END_OF_DAY, ZoneOffset.UTC).toInstant();
        }
    }
}
