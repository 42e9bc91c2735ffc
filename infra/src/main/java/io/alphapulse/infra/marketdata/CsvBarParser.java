package io.alphapulse.infra.marketdata;

import io.alphapulse.engine.data.BarSeries;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads the bar CSV of ARCHITECTURE.md §5 into {@link BarColumns}, byte by byte: header {@code
 * timestamp,open,high,low,close,volume}, then one bar a line, strictly increasing in time.
 *
 * <p>Speed is the point: files of millions of rows feed backtests, so the input is read in large
 * chunks and digits go straight into longs, without per-field strings, splitting or {@link
 * BigDecimal}. Tolerated: a UTF-8 byte order mark, CRLF line endings, blank lines, spaces and tabs
 * around fields and header names.
 *
 * <p>Scales: a requested scale is a limit (a value with more decimals is an error). An inferred scale
 * is the most decimals any value of the column group has, ignoring trailing zeros ({@code 100.50}
 * needs one), so that zero-padded exports ({@code 800.010000000000}) still fit the nine decimals we
 * allow. It is found in the same single pass: values are stored at the scale seen so far and the
 * stored rows are multiplied up whenever a value with more decimals arrives, which happens at most
 * nine times per group.
 *
 * <p>Every problem is a {@link MarketDataException} naming the source and line; a row's invalid bar
 * is described by the {@link BarSeries.Builder}'s own words.
 */
final class CsvBarParser {

    static final String HEADER = "timestamp,open,high,low,close,volume";

    private static final String[] COLUMN_NAMES = {"timestamp", "open", "high", "low", "close", "volume"};
    private static final int COLUMNS = 6;
    private static final int VOLUME = 5;
    private static final int CHUNK_BYTES = 1 << 20;
    private static final int DEFAULT_CAPACITY = 1024;
    private static final int MAX_CAPACITY_GUESS = 1 << 26;
    private static final int HEADER_ECHO_LIMIT = 80;
    private static final long[] POWERS_OF_TEN = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L
    };

    // Reasons a decimal field is refused, found while scanning and reported once the field is known
    // to be a number at all, so "1.23x" is "not a number" rather than "too many decimals".
    private static final int FINE = 0;
    private static final int TOO_MANY_DECIMALS = 1;
    private static final int TOO_LARGE = 2;

    private final String sourceName;
    private final BarRequest request;
    private final long sizeHint;
    private final boolean priceScaleGiven;
    private final boolean sizeScaleGiven;
    private final Timestamps timestamps = new Timestamps();
    private final int[] fieldStart = new int[COLUMNS];
    private final int[] fieldEnd = new int[COLUMNS];
    private final long[] mantissa = new long[COLUMNS];
    private final int[] decimals = new int[COLUMNS];
    private BarColumns columns;
    private int priceScale;
    private int sizeScale;
    private int lineNumber;
    private int headerLine;
    private long previousOpenTime;
    // The largest stored values and their lines: only they can overflow when a scale is raised.
    private long largestPrice;
    private int largestPriceLine;
    private long largestVolume;
    private int largestVolumeLine;

    private CsvBarParser(String sourceName, BarRequest request, long sizeHint) {
        this.sourceName = sourceName;
        this.request = request;
        this.sizeHint = sizeHint;
        this.priceScaleGiven = request.priceScale().isPresent();
        this.sizeScaleGiven = request.sizeScale().isPresent();
        this.priceScale = request.priceScale().orElse(0);
        this.sizeScale = request.sizeScale().orElse(0);
    }

    /**
     * Parses the whole of {@code input}.
     *
     * @param sourceName how messages name the input, e.g. {@code bars.csv}
     * @param sizeHint the input's length in bytes if known, else a negative number; sizes the columns
     * @throws MarketDataException naming the line of the first problem
     * @throws IOException if reading fails
     */
    static BarColumns parse(InputStream input, String sourceName, long sizeHint, BarRequest request)
            throws IOException {
        return new CsvBarParser(sourceName, request, sizeHint).readAll(input);
    }

    private BarColumns readAll(InputStream input) throws IOException {
        byte[] buffer = new byte[CHUNK_BYTES];
        int filled = 0;
        int lineStart = 0;
        int scan = 0;
        while (true) {
            if (filled == buffer.length) {
                if (lineStart > 0) {
                    System.arraycopy(buffer, lineStart, buffer, 0, filled - lineStart);
                    filled -= lineStart;
                    scan -= lineStart;
                    lineStart = 0;
                } else {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2); // one line longer than the buffer
                }
            }
            int read = input.read(buffer, filled, buffer.length - filled);
            if (read < 0) {
                break;
            }
            filled += read;
            for (; scan < filled; scan++) {
                if (buffer[scan] == '\n') {
                    line(buffer, lineStart, scan);
                    lineStart = scan + 1;
                }
            }
        }
        if (lineStart < filled) {
            line(buffer, lineStart, filled);
        }
        if (headerLine == 0) {
            throw problemAt(1, "the file is empty; expected the header " + HEADER + " and at least one row");
        }
        if (columns == null) {
            throw problemAt(headerLine, "no rows after the header");
        }
        return columns;
    }

    private void line(byte[] bytes, int start, int end) {
        lineNumber++;
        if (end > start && bytes[end - 1] == '\r') {
            end--;
        }
        if (lineNumber == 1 && startsWithByteOrderMark(bytes, start, end)) {
            start += 3;
        }
        if (isBlank(bytes, start, end)) {
            return;
        }
        if (headerLine == 0) {
            header(bytes, start, end);
            return;
        }
        try {
            row(bytes, start, end);
        } catch (RowProblem problem) {
            throw problemAt(lineNumber, problem.getMessage());
        }
    }

    private void header(byte[] bytes, int start, int end) {
        String found = new String(bytes, start, end - start, StandardCharsets.UTF_8).strip();
        String names = Arrays.stream(found.split(",", -1)).map(String::strip).collect(Collectors.joining(","));
        if (!names.equals(HEADER)) {
            String echo = found.length() > HEADER_ECHO_LIMIT ? found.substring(0, HEADER_ECHO_LIMIT) + "..." : found;
            throw problemAt(lineNumber, "expected header " + HEADER + ", found \"" + echo + "\"");
        }
        headerLine = lineNumber;
    }

    private void row(byte[] bytes, int start, int end) throws RowProblem {
        splitFields(bytes, start, end);
        long openTime = timestamps.parse(bytes, fieldStart[0], fieldEnd[0]);
        int priceLimit = priceScaleGiven ? priceScale : BarRequest.MAX_SCALE;
        int rowPriceDecimals = 0;
        for (int column = 1; column < VOLUME; column++) {
            parseDecimal(bytes, column, priceLimit);
            rowPriceDecimals = Math.max(rowPriceDecimals, decimals[column]);
        }
        parseDecimal(bytes, VOLUME, sizeScaleGiven ? sizeScale : BarRequest.MAX_SCALE);
        if (columns == null) {
            columns = new BarColumns(initialCapacity(end - start), priceScale, sizeScale);
        } else if (openTime <= previousOpenTime) {
            throw new RowProblem("timestamp " + Timestamps.format(openTime) + " is not after the previous row's "
                    + Timestamps.format(previousOpenTime));
        }
        if (rowPriceDecimals > priceScale) {
            raisePriceScale(rowPriceDecimals, bytes);
        }
        if (decimals[VOLUME] > sizeScale) {
            raiseSizeScale(decimals[VOLUME], bytes);
        }
        long open = raw(bytes, 1, priceScale);
        long high = raw(bytes, 2, priceScale);
        long low = raw(bytes, 3, priceScale);
        long close = raw(bytes, 4, priceScale);
        long volume = raw(bytes, VOLUME, sizeScale);
        if (high < low || open < low || open > high || close < low || close > high) {
            throw new RowProblem(barProblem(openTime, open, high, low, close, volume));
        }
        columns.add(openTime, open, high, low, close, volume);
        previousOpenTime = openTime;
        if (high > largestPrice) {
            largestPrice = high;
            largestPriceLine = lineNumber;
        }
        if (volume > largestVolume) {
            largestVolume = volume;
            largestVolumeLine = lineNumber;
        }
    }

    private void splitFields(byte[] bytes, int start, int end) throws RowProblem {
        int field = 0;
        fieldStart[0] = start;
        for (int i = start; i < end; i++) {
            if (bytes[i] == ',') {
                if (field < COLUMNS - 1) {
                    fieldEnd[field] = i;
                    fieldStart[field + 1] = i + 1;
                }
                field++;
            }
        }
        if (field != COLUMNS - 1) {
            throw new RowProblem("expected " + COLUMNS + " columns, found " + (field + 1));
        }
        fieldEnd[COLUMNS - 1] = end;
        for (int column = 0; column < COLUMNS; column++) {
            int from = fieldStart[column];
            int to = fieldEnd[column];
            while (from < to && isSpace(bytes[from])) {
                from++;
            }
            while (to > from && isSpace(bytes[to - 1])) {
                to--;
            }
            fieldStart[column] = from;
            fieldEnd[column] = to;
        }
    }

    /**
     * Reads a plain decimal ({@code 123}, {@code 123.45}, {@code .5}, {@code 7.}) into {@link
     * #mantissa} and {@link #decimals}, trailing zeros of the fraction dropped.
     */
    private void parseDecimal(byte[] bytes, int column, int decimalLimit) throws RowProblem {
        int start = fieldStart[column];
        int end = fieldEnd[column];
        int i = start;
        boolean negative = i < end && bytes[i] == '-';
        if (negative) {
            i++;
        }
        long value = 0;
        int fractionDigits = 0;
        int pendingZeros = 0;
        boolean anyDigit = false;
        int refusal = FINE;
        for (; i < end; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                break;
            }
            anyDigit = true;
            if (value > (Long.MAX_VALUE - digit) / 10) {
                refusal = TOO_LARGE;
            } else {
                value = value * 10 + digit;
            }
        }
        if (i < end && bytes[i] == '.') {
            for (i++; i < end; i++) {
                int digit = bytes[i] - '0';
                if (digit < 0 || digit > 9) {
                    break;
                }
                anyDigit = true;
                if (digit == 0) {
                    pendingZeros++;
                    continue;
                }
                int digitsNeeded = fractionDigits + pendingZeros + 1;
                if (digitsNeeded > decimalLimit) {
                    refusal = Math.max(refusal, TOO_MANY_DECIMALS);
                    continue;
                }
                long factor = POWERS_OF_TEN[pendingZeros + 1];
                if (value > (Long.MAX_VALUE - digit) / factor) {
                    refusal = TOO_LARGE;
                } else {
                    value = value * factor + digit;
                }
                fractionDigits = digitsNeeded;
                pendingZeros = 0;
            }
        }
        if (!anyDigit || i != end) {
            throw new RowProblem(
                    "'" + text(bytes, start, end) + "' is not a number (column " + COLUMN_NAMES[column] + ")");
        }
        if (refusal == TOO_MANY_DECIMALS) {
            throw new RowProblem(tooManyDecimals(bytes, column, decimalLimit));
        }
        if (refusal == TOO_LARGE) {
            throw new RowProblem(COLUMN_NAMES[column] + " " + text(bytes, start, end) + " is too large");
        }
        if (negative && value != 0) {
            throw new RowProblem(COLUMN_NAMES[column] + " " + text(bytes, start, end) + " is negative");
        }
        mantissa[column] = value;
        decimals[column] = fractionDigits;
    }

    private String tooManyDecimals(byte[] bytes, int column, int decimalLimit) {
        String value = COLUMN_NAMES[column] + " " + text(bytes, fieldStart[column], fieldEnd[column]);
        boolean given = column == VOLUME ? sizeScaleGiven : priceScaleGiven;
        if (given) {
            return value + " has more decimals than the " + (column == VOLUME ? "volume" : "price") + " scale "
                    + decimalLimit;
        }
        return value + " has more than " + BarRequest.MAX_SCALE + " decimals";
    }

    /** The parsed value of {@code column} at {@code scale}, which is at least its decimals. */
    private long raw(byte[] bytes, int column, int scale) throws RowProblem {
        long factor = POWERS_OF_TEN[scale - decimals[column]];
        if (mantissa[column] > Long.MAX_VALUE / factor) {
            throw new RowProblem(COLUMN_NAMES[column] + " " + text(bytes, fieldStart[column], fieldEnd[column])
                    + " is too large for " + scale + " decimals");
        }
        return mantissa[column] * factor;
    }

    private void raisePriceScale(int newScale, byte[] bytes) throws RowProblem {
        long factor = POWERS_OF_TEN[newScale - priceScale];
        if (largestPrice > Long.MAX_VALUE / factor) {
            throw new RowProblem(culprit(bytes, 1, VOLUME, newScale) + " needs " + newScale
                    + " decimals, at which the price "
                    + BigDecimal.valueOf(largestPrice, priceScale).toPlainString()
                    + " on line " + largestPriceLine + " is too large");
        }
        columns.raisePriceScale(newScale, factor);
        largestPrice *= factor;
        priceScale = newScale;
    }

    private void raiseSizeScale(int newScale, byte[] bytes) throws RowProblem {
        long factor = POWERS_OF_TEN[newScale - sizeScale];
        if (largestVolume > Long.MAX_VALUE / factor) {
            throw new RowProblem(culprit(bytes, VOLUME, COLUMNS, newScale) + " needs " + newScale
                    + " decimals, at which the volume "
                    + BigDecimal.valueOf(largestVolume, sizeScale).toPlainString()
                    + " on line " + largestVolumeLine + " is too large");
        }
        columns.raiseSizeScale(newScale, factor);
        largestVolume *= factor;
        sizeScale = newScale;
    }

    /** "close 0.123" for the first column in {@code [from, to)} with {@code scale} decimals. */
    private String culprit(byte[] bytes, int from, int to, int scale) {
        int column = from;
        while (column < to - 1 && decimals[column] != scale) {
            column++;
        }
        return COLUMN_NAMES[column] + " " + text(bytes, fieldStart[column], fieldEnd[column]);
    }

    /** The builder's description of why the row is not a valid bar. */
    private String barProblem(long openTime, long open, long high, long low, long close, long volume) {
        try {
            BarSeries.builder(request.instrumentId(), request.timeframe(), priceScale, sizeScale, 1)
                    .add(openTime, open, high, low, close, volume);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new IllegalStateException("row " + lineNumber + " was refused here but accepted by BarSeries.Builder");
    }

    private int initialCapacity(int firstRowBytes) {
        if (sizeHint <= 0) {
            return DEFAULT_CAPACITY;
        }
        // Rows of one file have similar lengths; a little slack spares a copy of every column.
        long guess = sizeHint / (firstRowBytes + 1) * 9 / 8 + DEFAULT_CAPACITY;
        return (int) Math.min(guess, MAX_CAPACITY_GUESS);
    }

    private MarketDataException problemAt(int line, String message) {
        return new MarketDataException(sourceName + ":" + line + ": " + message);
    }

    private static boolean startsWithByteOrderMark(byte[] bytes, int start, int end) {
        return end - start >= 3
                && bytes[start] == (byte) 0xEF
                && bytes[start + 1] == (byte) 0xBB
                && bytes[start + 2] == (byte) 0xBF;
    }

    private static boolean isBlank(byte[] bytes, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isSpace(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(byte value) {
        return value == ' ' || value == '\t';
    }

    private static String text(byte[] bytes, int start, int end) {
        return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }
}
