package io.alphapulse.infra.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvBarParserTest {

    private static final String HEADER = "timestamp,open,high,low,close,volume\n";
    private static final InstrumentId BTC = new InstrumentId("BTC-USDT", "sim");
    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final long JANUARY_FIRST_2024_NANOS =
            Instant.parse("2024-01-01T00:00:00Z").getEpochSecond() * 1_000_000_000L;

    @Nested
    class Format {

        @Test
        void isoTimestamps_becomeOpenTimes() {
            BarSeries series = parse(HEADER
                    + "2024-01-01T00:00:00Z,100,101,99,100,5\n"
                    + "2024-01-01T00:01:00.5Z,100,101,99,100,5\n"
                    + "2024-01-01T00:02:00.123456789+00:00,100,101,99,100,5\n");

            assertThat(series.openTimeNanos(0)).isEqualTo(JANUARY_FIRST_2024_NANOS);
            assertThat(series.openTimeNanos(1)).isEqualTo(JANUARY_FIRST_2024_NANOS + MINUTE_NANOS + 500_000_000L);
            assertThat(series.openTimeNanos(2)).isEqualTo(JANUARY_FIRST_2024_NANOS + 2 * MINUTE_NANOS + 123_456_789L);
        }

        @Test
        void epochMilliseconds_becomeOpenTimes() {
            BarSeries series = parse(HEADER + "1704067200000,100,101,99,100,5\n" + "1704067260000,100,101,99,100,5\n");

            assertThat(series.openTimeNanos(0)).isEqualTo(JANUARY_FIRST_2024_NANOS);
            assertThat(series.openTimeNanos(1)).isEqualTo(JANUARY_FIRST_2024_NANOS + MINUTE_NANOS);
        }

        @Test
        void isoBeforeTheEpoch_isSupported() {
            BarSeries series = parse(HEADER + "1969-12-31T23:59:00Z,1,1,1,1,1\n");

            assertThat(series.openTimeNanos(0)).isEqualTo(-MINUTE_NANOS);
        }

        @Test
        void byteOrderMark_crlf_surroundingWhitespace_andTrailingEmptyLine_areTolerated() {
            BarSeries series = parse("\uFEFF  timestamp , open,high,low,close,volume \t\r\n"
                    + "2024-01-01T00:00:00Z, 100.5 ,101,99,100,5\r\n"
                    + "\r\n"
                    + "\t2024-01-01T00:01:00Z,100,101,99,100,\t6\r\n"
                    + "\r\n");

            assertThat(series.size()).isEqualTo(2);
            assertThat(series.openRaw(0)).isEqualTo(1005);
            assertThat(series.volumeRaw(1)).isEqualTo(6);
        }

        @Test
        void lastLineWithoutNewline_isARow() {
            BarSeries series = parse(HEADER + "2024-01-01T00:00:00Z,100,101,99,100,5");

            assertThat(series.size()).isEqualTo(1);
        }

        @Test
        void crlfFile_reportsTheRightLine() {
            assertProblem(
                    HEADER.replace("\n", "\r\n") + "2024-01-01T00:00:00Z,100,101,99,100,5\r\n"
                            + "2024-01-01T00:01:00Z,100,101,99,abc,5\r\n",
                    "bars.csv:3: 'abc' is not a number (column close)");
        }

        @Test
        void anyChunking_givesTheSameBars() throws IOException {
            String csv = HEADER + rows(500, 0);
            BarSeries whole = parse(csv);

            BarSeries trickled = CsvBarParser.parse(new TrickleInputStream(csv), "bars.csv", -1, inferred())
                    .toSeries(BTC, Timeframe.ONE_MINUTE);

            assertSameBars(trickled, whole);
        }

        @Test
        void lineLongerThanTheReadBuffer_isParsed() {
            String longVolume = "0".repeat(3 << 20) + "7";

            BarSeries series = parse(HEADER + "2024-01-01T00:00:00Z,100,101,99,100," + longVolume + "\n");

            assertThat(series.volumeRaw(0)).isEqualTo(7);
        }
    }

    @Nested
    class Scales {

        @Test
        void inferred_isTheMostDecimalsSeen_withEarlierRowsRescaled() {
            BarSeries series = parse(HEADER
                    + "2024-01-01T00:00:00Z,100,101,99,100,5\n"
                    + "2024-01-01T00:01:00Z,100.25,101,99.5,100,0.125\n"
                    + "2024-01-01T00:02:00Z,100,101,99,100.125,2\n");

            assertThat(series.priceScale()).isEqualTo(3);
            assertThat(series.sizeScale()).isEqualTo(3);
            assertThat(series.openRaw(0)).isEqualTo(100_000);
            assertThat(series.lowRaw(1)).isEqualTo(99_500);
            assertThat(series.openRaw(1)).isEqualTo(100_250);
            assertThat(series.closeRaw(2)).isEqualTo(100_125);
            assertThat(series.volumeRaw(0)).isEqualTo(5_000);
            assertThat(series.volumeRaw(1)).isEqualTo(125);
        }

        @Test
        void inferred_ignoresTrailingZeros() {
            BarSeries series = parse(HEADER + "2024-01-01T00:00:00Z,800.010000000000,807.50,800.00,807.47,1.000\n");

            assertThat(series.priceScale()).isEqualTo(2);
            assertThat(series.sizeScale()).isZero();
            assertThat(series.openRaw(0)).isEqualTo(80_001);
            assertThat(series.highRaw(0)).isEqualTo(80_750);
        }

        @Test
        void inferred_acceptsLeadingAndTrailingDecimalPoints() {
            BarSeries series = parse(HEADER + "2024-01-01T00:00:00Z,.5,1.,0.5,1,0\n");

            assertThat(series.priceScale()).isEqualTo(1);
            assertThat(series.openRaw(0)).isEqualTo(5);
            assertThat(series.highRaw(0)).isEqualTo(10);
        }

        @Test
        void inferred_moreThanNineDecimals_isRefused() {
            assertProblem(
                    HEADER + "2024-01-01T00:00:00Z,1,1,1,1.0000000001,0\n",
                    "bars.csv:2: close 1.0000000001 has more than 9 decimals");
        }

        @Test
        void given_valuesAreMovedToThatScale() {
            BarSeries series =
                    parse(HEADER + "2024-01-01T00:00:00Z,100.5,101,99,100,5\n", OptionalInt.of(4), OptionalInt.of(8));

            assertThat(series.priceScale()).isEqualTo(4);
            assertThat(series.sizeScale()).isEqualTo(8);
            assertThat(series.openRaw(0)).isEqualTo(1_005_000);
            assertThat(series.volumeRaw(0)).isEqualTo(500_000_000);
        }

        @Test
        void given_moreDecimalsThanThePriceScale_isRefused() {
            assertThatThrownBy(() -> parse(
                            HEADER + "2024-01-01T00:00:00Z,100,101,99,100.123,5\n",
                            OptionalInt.of(2),
                            OptionalInt.empty()))
                    .isInstanceOf(MarketDataException.class)
                    .hasMessage("bars.csv:2: close 100.123 has more decimals than the price scale 2");
        }

        @Test
        void given_moreDecimalsThanTheVolumeScale_isRefused() {
            assertThatThrownBy(() -> parse(
                            HEADER + "2024-01-01T00:00:00Z,100,101,99,100,0.5\n",
                            OptionalInt.empty(),
                            OptionalInt.of(0)))
                    .isInstanceOf(MarketDataException.class)
                    .hasMessage("bars.csv:2: volume 0.5 has more decimals than the volume scale 0");
        }

        @Test
        void given_trailingZerosBeyondTheScale_areFine() {
            BarSeries series = parse(
                    HEADER + "2024-01-01T00:00:00Z,100.500000,101,99,100,5\n", OptionalInt.of(1), OptionalInt.of(0));

            assertThat(series.openRaw(0)).isEqualTo(1005);
        }

        @Test
        void raisingTheScale_overflowingAnEarlierValue_namesBothLines() {
            assertProblem(
                    HEADER + "2024-01-01T00:00:00Z,10000000000,10000000000,10000000000,10000000000,0\n"
                            + "2024-01-01T00:01:00Z,1,1,0.000000001,1,0\n",
                    "bars.csv:3: low 0.000000001 needs 9 decimals, at which the price 10000000000 on line 2 is too"
                            + " large");
        }

        @Test
        void valueTooLargeForItsOwnScale_isRefused() {
            assertProblem(
                    HEADER + "2024-01-01T00:00:00Z,1,10000000000,0.000000001,1,0\n",
                    "bars.csv:2: high 10000000000 is too large for 9 decimals");
        }

        @Test
        void valueBeyondALong_isRefused() {
            assertProblem(
                    HEADER + "2024-01-01T00:00:00Z,1,1,1,1,99999999999999999999\n",
                    "bars.csv:2: volume 99999999999999999999 is too large");
        }
    }

    @Nested
    class Errors {

        @Test
        void highBelowLow_namesTheLineAndValues() {
            assertProblem(
                    HEADER + rows(15, 0) + "2024-01-01T01:00:00Z,100.5,100.5,101.0,101.0,1\n",
                    "bars.csv:17: high 100.5 is below low 101.0");
        }

        @Test
        void openOutsideTheRange_usesTheBuildersWords() {
            assertProblem(
                    HEADER + "2024-01-01T00:00:00Z,98,101,99,100,1\n",
                    "bars.csv:2: open 98 is outside low 99 .. high 101");
        }

        @Test
        void closeOutsideTheRange_usesTheBuildersWords() {
            assertProblem(
                    HEADER + "2024-01-01T00:00:00Z,100,101,99,101.5,1\n",
                    "bars.csv:2: close 101.5 is outside low 99.0 .. high 101.0");
        }

        @Test
        void wrongHeader_isQuoted() {
            assertProblem(
                    "time,o,h,l,c\n2024-01-01T00:00:00Z,1,1,1,1,1\n",
                    "bars.csv:1: expected header timestamp,open,high,low,close,volume, found \"time,o,h,l,c\"");
        }

        @Test
        void headerInAnotherCase_isRefused() {
            assertProblem(
                    "Timestamp,Open,High,Low,Close,Volume\n",
                    "bars.csv:1: expected header timestamp,open,high,low,close,volume, found"
                            + " \"Timestamp,Open,High,Low,Close,Volume\"");
        }

        @Test
        void missingColumn_isCounted() {
            assertProblem(
                    HEADER + rows(40, 0) + "2024-01-01T01:00:00Z,100,101,99,100\n",
                    "bars.csv:42: expected 6 columns, found 5");
        }

        @Test
        void extraColumn_isCounted() {
            assertProblem(
                    HEADER + "2024-01-01T00:00:00Z,100,101,99,100,5,7\n", "bars.csv:2: expected 6 columns, found 7");
        }

        @Test
        void textInANumberColumn_isQuotedWithItsColumn() {
            assertProblem(
                    HEADER + rows(7, 0) + "2024-01-01T01:00:00Z,100,101,99,abc,5\n",
                    "bars.csv:9: 'abc' is not a number (column close)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "1e5", "1.2.3", "+1", "1 000", "-", "."})
        void malformedNumbers_areNotNumbers(String volume) {
            assertProblem(
                    HEADER + "2024-01-01T00:00:00Z,100,101,99,100," + volume + "\n",
                    "bars.csv:2: '" + volume.strip() + "' is not a number (column volume)");
        }

        @Test
        void repeatedTimestamp_isShownInIso() {
            assertProblem(
                    HEADER + rows(10, 0) + "2024-01-01T00:09:00Z,100,101,99,100,5\n",
                    "bars.csv:12: timestamp 2024-01-01T00:09:00Z is not after the previous row's 2024-01-01T00:09:00Z");
        }

        @Test
        void earlierTimestamp_inEpochMillis_isShownInIso() {
            assertProblem(
                    HEADER + "1704067260000,100,101,99,100,5\n" + "1704067200000,100,101,99,100,5\n",
                    "bars.csv:3: timestamp 2024-01-01T00:00:00Z is not after the previous row's 2024-01-01T00:01:00Z");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "abc",
                    "2024-13-01T00:00:00Z",
                    "2024-02-30T00:00:00Z",
                    "2024-01-01T24:00:00Z",
                    "2024-01-01T00:00:00",
                    "2024-01-01T00:00:00+02:00",
                    "2024-01-01 00:00:00Z",
                    "2024-01-01T00:00:00.Z",
                    "2024-01-01T00:00:00.1234567890Z",
                    "-1704067200000"
                })
        void malformedTimestamps_areRefused(String timestamp) {
            assertProblem(
                    HEADER + timestamp + ",100,101,99,100,5\n",
                    "bars.csv:2: '" + timestamp + "' is not a timestamp (column timestamp): use epoch milliseconds"
                            + " or ISO-8601 UTC such as 2024-01-01T00:00:00Z");
        }

        @Test
        void timestampBeyond2262_isOutOfRange() {
            assertProblem(
                    HEADER + "9999999999999,100,101,99,100,5\n",
                    "bars.csv:2: timestamp 9999999999999 is out of range: bars must open between 1677-09-21 and"
                            + " 2262-04-11");
        }

        @Test
        void negativeVolume_isRefused() {
            assertProblem(HEADER + "2024-01-01T00:00:00Z,100,101,99,100,-3\n", "bars.csv:2: volume -3 is negative");
        }

        @Test
        void negativePrice_isRefused() {
            assertProblem(HEADER + "2024-01-01T00:00:00Z,-1.5,101,99,100,3\n", "bars.csv:2: open -1.5 is negative");
        }

        @Test
        void negativeZero_isZero() {
            BarSeries series = parse(HEADER + "2024-01-01T00:00:00Z,0,0,-0,0,-0.0\n");

            assertThat(series.lowRaw(0)).isZero();
            assertThat(series.volumeRaw(0)).isZero();
        }

        @Test
        void emptyFile_isRefused() {
            assertProblem(
                    "",
                    "bars.csv:1: the file is empty; expected the header timestamp,open,high,low,close,volume and at"
                            + " least one row");
            assertProblem(
                    "\uFEFF \r\n\n",
                    "bars.csv:1: the file is empty; expected the header timestamp,open,high,low,close,volume and at"
                            + " least one row");
        }

        @Test
        void headerWithoutRows_isRefused() {
            assertProblem(HEADER + "\n", "bars.csv:1: no rows after the header");
        }
    }

    static String rows(int count, int firstMinute) {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < count; i++) {
            Instant time = Instant.ofEpochSecond(JANUARY_FIRST_2024_NANOS / 1_000_000_000L + (firstMinute + i) * 60L);
            csv.append(time).append(",100.0,101.0,99.0,100.5,").append(i).append(".5\n");
        }
        return csv.toString();
    }

    static void assertSameBars(BarSeries actual, BarSeries expected) {
        assertThat(actual.instrumentId()).isEqualTo(expected.instrumentId());
        assertThat(actual.timeframe()).isEqualTo(expected.timeframe());
        assertThat(actual.priceScale()).isEqualTo(expected.priceScale());
        assertThat(actual.sizeScale()).isEqualTo(expected.sizeScale());
        assertThat(actual.size()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(new long[] {
                        actual.openTimeNanos(i),
                        actual.openRaw(i),
                        actual.highRaw(i),
                        actual.lowRaw(i),
                        actual.closeRaw(i),
                        actual.volumeRaw(i)
                    })
                    .as("row %d", i)
                    .containsExactly(
                            expected.openTimeNanos(i),
                            expected.openRaw(i),
                            expected.highRaw(i),
                            expected.lowRaw(i),
                            expected.closeRaw(i),
                            expected.volumeRaw(i));
        }
    }

    private static BarRequest inferred() {
        return new BarRequest(BTC, Timeframe.ONE_MINUTE, OptionalInt.empty(), OptionalInt.empty());
    }

    private static BarSeries parse(String csv) {
        return parse(csv, OptionalInt.empty(), OptionalInt.empty());
    }

    private static BarSeries parse(String csv, OptionalInt priceScale, OptionalInt sizeScale) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        BarRequest request = new BarRequest(BTC, Timeframe.ONE_MINUTE, priceScale, sizeScale);
        try {
            return CsvBarParser.parse(new ByteArrayInputStream(bytes), "bars.csv", bytes.length, request)
                    .toSeries(BTC, Timeframe.ONE_MINUTE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertProblem(String csv, String message) {
        assertThatThrownBy(() -> parse(csv))
                .isInstanceOf(MarketDataException.class)
                .hasMessage(message);
    }

    /** Hands out a few bytes per read, so lines straddle every possible read boundary. */
    private static final class TrickleInputStream extends InputStream {
        private final byte[] bytes;
        private int position;

        TrickleInputStream(String text) {
            this.bytes = text.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == bytes.length) {
                return -1;
            }
            int count = Math.min(Math.min(length, 1 + position % 7), bytes.length - position);
            System.arraycopy(bytes, position, buffer, offset, count);
            position += count;
            return count;
        }
    }
}
