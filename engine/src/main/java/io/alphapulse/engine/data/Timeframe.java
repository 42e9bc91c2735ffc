package io.alphapulse.engine.data;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length of a bar: {@code 1m}, {@code 5m}, {@code 15m}, {@code 1h}, {@code 4h}, {@code 1d},
 * and any other whole number of seconds, minutes, hours or days up to 366 days. Bars are aligned to
 * the Unix epoch in UTC ({@link #openTimeOf}), so daily bars open at UTC midnight.
 *
 * <p>Equality is by length: {@code parse("60m")} equals {@code parse("1h")}. {@link #toString()}
 * writes the largest unit that divides the length exactly, so {@code parse(tf.toString())} always
 * gives back {@code tf}.
 *
 * @param seconds length of one bar in seconds, 1 to 31,622,400 (366 days)
 */
public record Timeframe(long seconds) {

    private static final long MAX_SECONDS = 366L * 86_400L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final Pattern TEXT = Pattern.compile("([1-9][0-9]{0,7})([smhd])");

    public static final Timeframe ONE_MINUTE = ofMinutes(1);
    public static final Timeframe FIVE_MINUTES = ofMinutes(5);
    public static final Timeframe FIFTEEN_MINUTES = ofMinutes(15);
    public static final Timeframe ONE_HOUR = ofMinutes(60);
    public static final Timeframe FOUR_HOURS = ofMinutes(240);
    public static final Timeframe ONE_DAY = ofMinutes(1440);

    public Timeframe {
        if (seconds < 1 || seconds > MAX_SECONDS) {
            throw new IllegalArgumentException("timeframe must be 1 second to 366 days, was " + seconds + " seconds");
        }
    }

    public static Timeframe ofMinutes(long minutes) {
        if (minutes < 1 || minutes > MAX_SECONDS / 60) {
            throw new IllegalArgumentException("timeframe must be 1 minute to 366 days, was " + minutes + " minutes");
        }
        return new Timeframe(minutes * 60);
    }

    /**
     * Parses a number followed by {@code s}, {@code m}, {@code h} or {@code d}: {@code "1m"}, {@code
     * "4h"}, {@code "1d"}.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static Timeframe parse(String text) {
        Matcher matcher = text == null ? null : TEXT.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException(
                    "timeframe must be a number and a unit s, m, h or d (1m, 15m, 4h, 1d), was '" + text + "'");
        }
        long amount = Long.parseLong(matcher.group(1));
        long unitSeconds =
                switch (matcher.group(2)) {
                    case "s" -> 1L;
                    case "m" -> 60L;
                    case "h" -> 3_600L;
                    default -> 86_400L;
                };
        if (amount > MAX_SECONDS / unitSeconds) {
            throw new IllegalArgumentException("timeframe must be at most 366 days, was '" + text + "'");
        }
        return new Timeframe(amount * unitSeconds);
    }

    public long durationNanos() {
        return seconds * NANOS_PER_SECOND;
    }

    public Duration toDuration() {
        return Duration.ofSeconds(seconds);
    }

    /**
     * Whole minutes, e.g. for bars per year ({@code 525600 / minutes()}).
     *
     * @throws ArithmeticException for a timeframe that is not a whole number of minutes ({@code 90s})
     */
    public long minutes() {
        if (seconds % 60 != 0) {
            throw new ArithmeticException("timeframe " + this + " is not a whole number of minutes");
        }
        return seconds / 60;
    }

    /** Open time of the bar that contains {@code timestampNanos}, bars aligned to the epoch. */
    public long openTimeOf(long timestampNanos) {
        return timestampNanos - Math.floorMod(timestampNanos, durationNanos());
    }

    /** The canonical text, largest exact unit: {@code 1h}, not {@code 60m}. */
    @Override
    public String toString() {
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
