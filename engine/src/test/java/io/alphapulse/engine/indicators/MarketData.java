package io.alphapulse.engine.indicators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DoubleNumFactory;

/**
 * Real market data shipped in the ta4j-examples jar (test classpath), as bars for our indicators
 * and as ta4j series for the reference indicators.
 */
final class MarketData {

    static final Duration ONE_DAY = Duration.ofDays(1);
    static final Duration ONE_MINUTE = Duration.ofMinutes(1);

    /** Apple Inc. daily bars of 2013, 252 of them. */
    static final List<TestBar> APPLE_DAILY = readAppleDaily();

    /** Bitstamp BTC/USD trades from 2013-11-25, aggregated into 1-minute bars. */
    static final List<TestBar> BITSTAMP_MINUTES = aggregateBitstampTradesByMinute();

    private MarketData() {}

    private static List<TestBar> readAppleDaily() {
        List<TestBar> bars = new ArrayList<>();
        // date,open,high,low,close,volume
        for (String[] row : readCsv("/appleinc_bars_from_20130101_usd.csv")) {
            Instant end = LocalDate.parse(row[0]).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            bars.add(new TestBar(
                    end,
                    Double.parseDouble(row[1]),
                    Double.parseDouble(row[2]),
                    Double.parseDouble(row[3]),
                    Double.parseDouble(row[4]),
                    Double.parseDouble(row[5])));
        }
        return List.copyOf(bars);
    }

    /**
     * Open = first trade's price, high/low = extreme prices, close = last trade's price, volume =
     * summed amounts. Minutes without a trade produce no bar, as an exchange's kline feed does.
     */
    private static List<TestBar> aggregateBitstampTradesByMinute() {
        List<TestBar> bars = new ArrayList<>();
        long minute = Long.MIN_VALUE;
        double open = 0;
        double high = 0;
        double low = 0;
        double close = 0;
        double volume = 0;
        // timestamp (epoch seconds),price,amount; rows in time order
        for (String[] row : readCsv("/bitstamp_trades_from_20131125_usd.csv")) {
            long tradeMinute = Math.floorDiv(Long.parseLong(row[0]), 60);
            double price = Double.parseDouble(row[1]);
            double amount = Double.parseDouble(row[2]);
            if (tradeMinute != minute) {
                if (minute != Long.MIN_VALUE) {
                    bars.add(minuteBar(minute, open, high, low, close, volume));
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
            volume += amount;
        }
        bars.add(minuteBar(minute, open, high, low, close, volume));
        return List.copyOf(bars);
    }

    private static TestBar minuteBar(long minute, double open, double high, double low, double close, double volume) {
        return new TestBar(Instant.ofEpochSecond((minute + 1) * 60), open, high, low, close, volume);
    }

    private static List<String[]> readCsv(String resource) {
        InputStream in = MarketData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the test classpath (ta4j-examples jar)");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The same bars as a ta4j series computing in double, like our indicators. */
    static BarSeries toTa4jSeries(String name, List<TestBar> bars, Duration barDuration) {
        BarSeries series = new BaseBarSeriesBuilder()
                .withName(name)
                .withNumFactory(DoubleNumFactory.getInstance())
                .build();
        for (TestBar bar : bars) {
            series.barBuilder()
                    .timePeriod(barDuration)
                    .endTime(bar.endTime())
                    .openPrice(bar.open())
                    .highPrice(bar.high())
                    .lowPrice(bar.low())
                    .closePrice(bar.close())
                    .volume(bar.volume())
                    .add();
        }
        return series;
    }
}
