package io.alphapulse.infra.marketdata;

import io.alphapulse.engine.data.BarSeries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A bundled sample ({@code sample:btc-1m}). The data says which market it is, so a request must
 * agree with it on the symbol and the timeframe; the venue is the caller's, since a backtest replays
 * the sample on whatever venue it simulates. Small enough to parse every time, so never cached (and a
 * jar has no directory to cache into).
 */
record SampleSource(SampleData sample) implements BarSource {

    @Override
    public Loaded load(BarRequest request) {
        if (!request.instrumentId().symbol().equals(sample.instrumentId().symbol())) {
            throw new MarketDataException(
                    sample.spec() + " holds " + sample.instrumentId().symbol() + " bars, not "
                            + request.instrumentId().symbol());
        }
        if (!request.timeframe().equals(sample.timeframe())) {
            throw new MarketDataException(
                    sample.spec() + " has " + sample.timeframe() + " bars, not " + request.timeframe());
        }
        return new Loaded(parse(sample, request), CacheStatus.NOT_USED, "samples are not cached");
    }

    static BarSeries parse(SampleData sample, BarRequest request) {
        try (InputStream input = sample.openCsv()) {
            return CsvBarParser.parse(input, sample.spec(), -1, request)
                    .toSeries(request.instrumentId(), request.timeframe());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + sample.resourceName(), e);
        }
    }
}
