package io.alphapulse.infra.marketdata;

import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Real market data shipped with AlphaPulse, so a backtest runs without downloading anything: {@code
 * --data sample:btc-1m}. The CSVs (§5 format) live in {@code samples/} next to this class, derived
 * from the data bundled with ta4j-examples 0.18 (MIT License); {@code samples/ATTRIBUTION.md} says
 * where they come from and how they were made.
 */
public enum SampleData {

    /**
     * Bitstamp BTC/USD, 2013-11-25 00:00 to 2013-12-01 16:02 UTC: 100,000 trades aggregated into
     * 9,399 one-minute bars, only for minutes with at least one trade (as exchanges' kline feeds do).
     */
    BTC_1M("btc-1m", new InstrumentId("BTC-USD", "bitstamp"), Timeframe.ONE_MINUTE, 2, 8, "btc-usd-1m.csv"),

    /**
     * Apple Inc. (NASDAQ: AAPL) daily bars of 2013 in USD, 252 trading days, before the 2014 7:1
     * split. Each bar is stamped at UTC midnight of its trading day.
     */
    AAPL_1D("aapl-1d", new InstrumentId("AAPL", "nasdaq"), Timeframe.ONE_DAY, 2, 0, "aapl-1d.csv");

    /** The data spec prefix that selects a sample: {@code sample:btc-1m}. */
    public static final String PREFIX = "sample:";

    private final String sampleName;
    private final InstrumentId instrumentId;
    private final Timeframe timeframe;
    private final int priceScale;
    private final int sizeScale;
    private final String fileName;

    SampleData(
            String sampleName,
            InstrumentId instrumentId,
            Timeframe timeframe,
            int priceScale,
            int sizeScale,
            String fileName) {
        this.sampleName = sampleName;
        this.instrumentId = instrumentId;
        this.timeframe = timeframe;
        this.priceScale = priceScale;
        this.sizeScale = sizeScale;
        this.fileName = fileName;
    }

    /** The sample called {@code name} ({@code btc-1m}). */
    public static SampleData named(String name) {
        for (SampleData sample : values()) {
            if (sample.sampleName.equals(name)) {
                return sample;
            }
        }
        throw new MarketDataException("unknown sample '" + name + "'; available: " + String.join(", ", names()));
    }

    /** The names of all samples, in a stable order: {@code btc-1m, aapl-1d}. */
    public static List<String> names() {
        return Arrays.stream(values()).map(SampleData::sampleName).collect(Collectors.toUnmodifiableList());
    }

    /** The short name used after {@link #PREFIX}, e.g. {@code btc-1m}. */
    public String sampleName() {
        return sampleName;
    }

    /** The data spec that loads this sample, e.g. {@code sample:btc-1m}. */
    public String spec() {
        return PREFIX + sampleName;
    }

    /** Where the data comes from, e.g. {@code bitstamp:BTC-USD}. */
    public InstrumentId instrumentId() {
        return instrumentId;
    }

    public Timeframe timeframe() {
        return timeframe;
    }

    /** Decimals of the prices in the file (and of the series {@link #load()} gives). */
    public int priceScale() {
        return priceScale;
    }

    /** Decimals of the volumes in the file. */
    public int sizeScale() {
        return sizeScale;
    }

    /** The sample's series at its own instrument, timeframe and scales. */
    public BarSeries load() {
        return SampleSource.parse(
                this, new BarRequest(instrumentId, timeframe, OptionalInt.of(priceScale), OptionalInt.of(sizeScale)));
    }

    /** The CSV's bytes, for whoever wants the file itself (an import, a copy). */
    public InputStream openCsv() {
        InputStream stream = SampleData.class.getResourceAsStream(resourceName());
        if (stream == null) {
            throw new UncheckedIOException(new IOException("sample resource " + resourceName() + " is missing"));
        }
        return stream;
    }

    String resourceName() {
        return "samples/" + fileName;
    }

    @Override
    public String toString() {
        return spec();
    }
}
