package io.alphapulse.app.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shared horizontal axis of the report's charts: maps epoch nanoseconds (UTC) onto the plot's x
 * range and into pixel columns, and places tick marks on round UTC times (whole hours, midnights,
 * Mondays, first days of months or years) so the labels read naturally at any span from minutes to
 * decades. All three charts use one instance, so a vertical line at one time lines up across them.
 */
final class TimeAxis {

    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final long WEEK = 7 * DAY;
    // The epoch was a Thursday; Mondays are four days later modulo a week.
    private static final long FIRST_MONDAY = 4 * DAY;

    private static final long[] FIXED_STEPS = {
        SECOND,
        2 * SECOND,
        5 * SECOND,
        10 * SECOND,
        15 * SECOND,
        30 * SECOND,
        MINUTE,
        2 * MINUTE,
        5 * MINUTE,
        10 * MINUTE,
        15 * MINUTE,
        30 * MINUTE,
        HOUR,
        2 * HOUR,
        3 * HOUR,
        6 * HOUR,
        12 * HOUR,
        DAY,
        2 * DAY,
        WEEK,
        2 * WEEK
    };
    private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200};
    private static final long AVERAGE_MONTH = 2_629_746 * SECOND;

    private static final DateTimeFormatter YEAR = formatter("uuuu");
    private static final DateTimeFormatter MONTH = formatter("uuuu-MM");
    private static final DateTimeFormatter DATE = formatter("uuuu-MM-dd");
    private static final DateTimeFormatter DATE_HOUR = formatter("MM-dd HH:mm");
    private static final DateTimeFormatter HOUR_MINUTE = formatter("HH:mm");
    private static final DateTimeFormatter HOUR_SECOND = formatter("HH:mm:ss");

    private final long startNanos;
    private final long endNanos;
    private final double left;
    private final double width;

    /**
     * @param startNanos the time at the plot's left edge
     * @param endNanos the time at its right edge; an empty span is widened by a minute each side
     * @param left x of the plot's left edge
     * @param width the plot's width
     */
    TimeAxis(long startNanos, long endNanos, double left, double width) {
        if (endNanos <= startNanos) {
            startNanos -= MINUTE;
            endNanos = startNanos + 2 * MINUTE;
        }
        this.startNanos = startNanos;
        this.endNanos = endNanos;
        this.left = left;
        this.width = width;
    }

    long startNanos() {
        return startNanos;
    }

    long spanNanos() {
        return endNanos - startNanos;
    }

    double left() {
        return left;
    }

    double width() {
        return width;
    }

    /** The x coordinate of {@code nanos}, clamped to the plot. */
    double x(long nanos) {
        double fraction = (double) (nanos - startNanos) / (endNanos - startNanos);
        return left + width * Math.max(0.0, Math.min(1.0, fraction));
    }

    /** The pixel column, {@code 0 .. columns − 1}, that {@code nanos} falls in. */
    int column(long nanos, int columns) {
        double fraction = (double) (nanos - startNanos) / (endNanos - startNanos);
        int column = (int) Math.floor(fraction * columns);
        return Math.max(0, Math.min(columns - 1, column));
    }

    /** Round UTC times inside the span, at most about {@code maximum} of them, with their labels. */
    List<Tick> ticks(int maximum) {
        long span = endNanos - startNanos;
        for (long step : FIXED_STEPS) {
            if (span / step <= maximum) {
                return fixedTicks(step);
            }
        }
        for (int months : MONTH_STEPS) {
            if (span / (months * AVERAGE_MONTH) <= maximum) {
                return calendarTicks(months);
            }
        }
        // A century per tick covers every span a long of nanoseconds can hold.
        return calendarTicks(MONTH_STEPS[MONTH_STEPS.length - 1]);
    }

    private List<Tick> fixedTicks(long step) {
        long origin = step >= WEEK ? FIRST_MONDAY : 0;
        long first = origin + Math.ceilDiv(startNanos - origin, step) * step;
        DateTimeFormatter format;
        if (step < MINUTE) {
            format = HOUR_SECOND;
        } else if (step < DAY) {
            format = endNanos - startNanos <= DAY ? HOUR_MINUTE : DATE_HOUR;
        } else {
            format = DATE;
        }
        List<Tick> ticks = new ArrayList<>();
        for (long time = first; time <= endNanos; time += step) {
            ticks.add(new Tick(time, format.format(instant(time))));
        }
        return ticks;
    }

    private List<Tick> calendarTicks(int months) {
        ZonedDateTime start = instant(startNanos).atZone(ZoneOffset.UTC);
        LocalDate month = start.toLocalDate().withDayOfMonth(1);
        if (!month.atStartOfDay(ZoneOffset.UTC).toInstant().equals(start.toInstant())) {
            month = month.plusMonths(1);
        }
        // Align to multiples of the step counted from year 0, so 3-month ticks fall on quarters.
        long index = month.getYear() * 12L + month.getMonthValue() - 1;
        month = month.plusMonths(Math.floorMod(-index, (long) months));
        DateTimeFormatter format = months % 12 == 0 ? YEAR : MONTH;
        List<Tick> ticks = new ArrayList<>();
        while (true) {
            long time = month.atStartOfDay(ZoneOffset.UTC).toEpochSecond() * SECOND;
            if (time > endNanos) {
                return ticks;
            }
            ticks.add(new Tick(time, format.format(month)));
            month = month.plusMonths(months);
        }
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, SECOND), Math.floorMod(nanos, SECOND));
    }

    private static DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withZone(ZoneOffset.UTC);
    }

    /** A tick mark on the time axis. */
    record Tick(long nanos, String label) {}
}
