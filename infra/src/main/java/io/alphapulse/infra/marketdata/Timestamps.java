package io.alphapulse.infra.marketdata;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The CSV's {@code timestamp} column straight from bytes: epoch milliseconds ({@code 1704067200000})
 * or ISO-8601 UTC ({@code 2024-01-01T00:00:00Z}, with up to nine fractional digits, or {@code
 * +00:00} for {@code Z}), to epoch nanoseconds. Other offsets and local times are refused rather than
 * guessed: the contract (ARCHITECTURE.md §5) is UTC.
 *
 * <p>Not thread-safe: it remembers the last date it converted, because consecutive intraday rows
 * almost always share it and the calendar arithmetic is the costly part.
 */
final class Timestamps {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final int MAX_EPOCH_MILLI_DIGITS = 18;
    private static final int[] FRACTION_SCALE = {
        0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
    };

    private int lastDateKey = -1;
    private long lastEpochDay;

    /** Epoch nanoseconds of the timestamp in {@code bytes[start, end)}. */
    long parse(byte[] bytes, int start, int end) throws RowProblem {
        int length = end - start;
        if (length > 0 && allDigits(bytes, start, end)) {
            // Anything past 9223372036854 ms (2262) overflows nanoseconds; 18 digits still fit a long.
            if (length > MAX_EPOCH_MILLI_DIGITS) {
                throw outOfRange(bytes, start, end);
            }
            long millis = 0;
            for (int i = start; i < end; i++) {
                millis = millis * 10 + (bytes[i] - '0');
            }
            if (millis > Long.MAX_VALUE / NANOS_PER_MILLI) {
                throw outOfRange(bytes, start, end);
            }
            return millis * NANOS_PER_MILLI;
        }
        return parseIso(bytes, start, end);
    }

    /** ISO-8601 UTC with the nanoseconds only when there are any: {@code 2024-01-01T00:01:00Z}. */
    static String format(long epochNanos) {
        return Instant.ofEpochSecond(
                        Math.floorDiv(epochNanos, NANOS_PER_SECOND), Math.floorMod(epochNanos, NANOS_PER_SECOND))
                .toString();
    }

    private long parseIso(byte[] bytes, int start, int end) throws RowProblem {
        // yyyy-MM-ddTHH:mm:ss is 19 bytes, then an optional fraction, then Z or +00:00.
        if (end - start < 20
                || bytes[start + 4] != '-'
                || bytes[start + 7] != '-'
                || bytes[start + 10] != 'T'
                || bytes[start + 13] != ':'
                || bytes[start + 16] != ':') {
            throw notATimestamp(bytes, start, end);
        }
        int year = digits(bytes, start, 4);
        int month = digits(bytes, start + 5, 2);
        int day = digits(bytes, start + 8, 2);
        int hour = digits(bytes, start + 11, 2);
        int minute = digits(bytes, start + 14, 2);
        int second = digits(bytes, start + 17, 2);
        if (year < 0
                || month < 0
                || day < 0
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59) {
            throw notATimestamp(bytes, start, end);
        }
        int position = start + 19;
        int nanos = 0;
        if (bytes[position] == '.') {
            int fractionStart = ++position;
            while (position < end && isDigit(bytes[position])) {
                nanos = nanos * 10 + (bytes[position] - '0');
                position++;
            }
            int fractionDigits = position - fractionStart;
            if (fractionDigits == 0 || fractionDigits > 9) {
                throw notATimestamp(bytes, start, end);
            }
            nanos *= FRACTION_SCALE[fractionDigits];
        }
        if (!isUtcDesignator(bytes, position, end)) {
            throw notATimestamp(bytes, start, end);
        }
        long epochSecond =
                epochDay(year, month, day, bytes, start, end) * 86_400L + hour * 3_600L + minute * 60L + second;
        try {
            return Math.addExact(Math.multiplyExact(epochSecond, NANOS_PER_SECOND), nanos);
        } catch (ArithmeticException e) {
            throw outOfRange(bytes, start, end);
        }
    }

    private long epochDay(int year, int month, int day, byte[] bytes, int start, int end) throws RowProblem {
        int key = (year * 100 + month) * 100 + day;
        if (key != lastDateKey) {
            try {
                lastEpochDay = LocalDate.of(year, month, day).toEpochDay();
            } catch (DateTimeException e) {
                throw notATimestamp(bytes, start, end);
            }
            lastDateKey = key;
        }
        return lastEpochDay;
    }

    private static boolean isUtcDesignator(byte[] bytes, int position, int end) {
        int length = end - position;
        if (length == 1) {
            return bytes[position] == 'Z';
        }
        return length == 6
                && bytes[position] == '+'
                && bytes[position + 1] == '0'
                && bytes[position + 2] == '0'
                && bytes[position + 3] == ':'
                && bytes[position + 4] == '0'
                && bytes[position + 5] == '0';
    }

    /** The number in {@code count} digits at {@code position}, or -1 if one is not a digit. */
    private static int digits(byte[] bytes, int position, int count) {
        int value = 0;
        for (int i = position; i < position + count; i++) {
            if (!isDigit(bytes[i])) {
                return -1;
            }
            value = value * 10 + (bytes[i] - '0');
        }
        return value;
    }

    private static boolean allDigits(byte[] bytes, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isDigit(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(byte value) {
        return value >= '0' && value <= '9';
    }

    private static RowProblem notATimestamp(byte[] bytes, int start, int end) {
        return new RowProblem("'" + new String(bytes, start, end - start, StandardCharsets.UTF_8)
                + "' is not a timestamp (column timestamp): use epoch milliseconds or ISO-8601 UTC such as"
                + " 2024-01-01T00:00:00Z");
    }

    private static RowProblem outOfRange(byte[] bytes, int start, int end) {
        return new RowProblem("timestamp " + new String(bytes, start, end - start, StandardCharsets.UTF_8)
                + " is out of range: bars must open between 1677-09-21 and 2262-04-11");
    }
}
