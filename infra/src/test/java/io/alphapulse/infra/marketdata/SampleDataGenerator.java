package io.alphapulse.infra.marketdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives the bundled samples ({@link SampleData}) from the CSVs in the ta4j-examples 0.18 jar, in
 * exact decimal arithmetic. {@code SampleDataTest} checks that the shipped files are byte for byte
 * what this produces; to regenerate them after changing it, run from the {@code infra} directory
 *
 * <pre>
 * ../mvnw -B -q test -Dtest=SampleDataTest -Dalphapulse.regenerateSamples=true
 * </pre>
 *
 * or this class's {@code main} with the test classpath.
 */
final class SampleDataGenerator {

    static final String REGENERATE_PROPERTY = "alphapulse.regenerateSamples";

    /** The samples' source directory, relative to the {@code infra} module (Maven's working directory). */
    static final Path SOURCE_DIRECTORY = Path.of("src/main/resources/io/alphapulse/infra/marketdata");

    private static final int BTC_PRICE_SCALE = 2;
    private static final int BTC_AMOUNT_SCALE = 8;
    private static final int AAPL_PRICE_SCALE = 2;

    private SampleDataGenerator() {}

    public static void main(String[] args) throws IOException {
        Path directory = args.length > 0 ? Path.of(args[0]) : SOURCE_DIRECTORY;
        for (SampleData sample : SampleData.values()) {
            Path file = directory.resolve(sample.resourceName());
            Files.createDirectories(file.getParent());
            Files.writeString(file, generate(sample), StandardCharsets.UTF_8);
            System.out.println("wrote " + file);
        }
    }

    static String generate(SampleData sample) {
        return switch (sample) {
            case BTC_1M -> bitstampMinuteBars();
            case AAPL_1D -> appleDailyBars();
        };
    }

    /**
     * Bitstamp trades ({@code timestamp} in epoch seconds, {@code price}, {@code amount}, oldest
     * first) as one-minute bars: open = first trade's price, high and low = extreme prices, close =
     * last trade's price, volume = summed amounts, stamped with the minute's start. Minutes without a
     * trade have no bar rather than a carried-forward flat one: that is what exchanges' kline feeds
     * send, and an invented bar would look like a real quiet minute to a strategy.
     */
    static String bitstampMinuteBars() {
        StringBuilder csv = new StringBuilder(CsvBarParser.HEADER).append('\n');
        long minute = Long.MIN_VALUE;
        long open = 0;
        long high = 0;
        long low = 0;
        long close = 0;
        long volume = 0;
        for (String[] trade : readCsv("/bitstamp_trades_from_20131125_usd.csv")) {
            long tradeMinute = Math.floorDiv(Long.parseLong(trade[0]), 60) * 60;
            long price = exact(trade[1], BTC_PRICE_SCALE);
            long amount = exact(trade[2], BTC_AMOUNT_SCALE);
            if (tradeMinute < minute) {
                throw new IllegalStateException("trades are not in time order at " + trade[0]);
            }
            if (tradeMinute != minute) {
                if (minute != Long.MIN_VALUE) {
                    appendBar(csv, minute, open, high, low, close, BTC_PRICE_SCALE, volume, BTC_AMOUNT_SCALE);
                }
                minute = tradeMinute;
                open = price;
                high = price;
                low = price;
                volume = 0;
            }
            high = Math.max(high, price);
            low = Math.min(low, price);
            close = price;
            volume = Math.addExact(volume, amount);
        }
        appendBar(csv, minute, open, high, low, close, BTC_PRICE_SCALE, volume, BTC_AMOUNT_SCALE);
        return csv.toString();
    }

    /**
     * Apple Inc. daily bars ({@code date,open,high,low,close,volume}, a trading date per row) with
     * each date as UTC midnight, where {@link io.alphapulse.engine.data.Timeframe#ONE_DAY} bars open.
     */
    static String appleDailyBars() {
        StringBuilder csv = new StringBuilder(CsvBarParser.HEADER).append('\n');
        for (String[] row : readCsv("/appleinc_bars_from_20130101_usd.csv")) {
            long day = LocalDate.parse(row[0]).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            appendBar(
                    csv,
                    day,
                    exact(row[1], AAPL_PRICE_SCALE),
                    exact(row[2], AAPL_PRICE_SCALE),
                    exact(row[3], AAPL_PRICE_SCALE),
                    exact(row[4], AAPL_PRICE_SCALE),
                    AAPL_PRICE_SCALE,
                    exact(row[5], 0),
                    0);
        }
        return csv.toString();
    }

    private static void appendBar(
            StringBuilder csv,
            long epochSecond,
            long open,
            long high,
            long low,
            long close,
            int priceScale,
            long volume,
            int volumeScale) {
        csv.append(Instant.ofEpochSecond(epochSecond))
                .append(',')
                .append(decimal(open, priceScale))
                .append(',')
                .append(decimal(high, priceScale))
                .append(',')
                .append(decimal(low, priceScale))
                .append(',')
                .append(decimal(close, priceScale))
                .append(',')
                .append(decimal(volume, volumeScale))
                .append('\n');
    }

    /** The raw long of {@code text} at {@code scale}; fails rather than round. */
    private static long exact(String text, int scale) {
        return new BigDecimal(text)
                .setScale(scale, RoundingMode.UNNECESSARY)
                .unscaledValue()
                .longValueExact();
    }

    private static String decimal(long raw, int scale) {
        return BigDecimal.valueOf(raw, scale).toPlainString();
    }

    private static List<String[]> readCsv(String resource) {
        InputStream stream = SampleDataGenerator.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException(resource + " is not on the test classpath (ta4j-examples 0.18 jar)");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.strip().split(","));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
