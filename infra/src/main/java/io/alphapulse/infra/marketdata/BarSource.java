package io.alphapulse.infra.marketdata;

import io.alphapulse.engine.data.BarSeries;

/**
 * Where bars come from, one implementation per kind of data spec ({@code bars.csv}, {@code
 * sample:NAME}, {@code db:SYMBOL:TF}), chosen in {@link BarDataLoader#sourceOf}.
 */
sealed interface BarSource permits CsvFileSource, SampleSource, StoreSource {

    /**
     * The bars {@code request} asks for.
     *
     * @throws MarketDataException if the source is missing or its data is invalid
     */
    Loaded load(BarRequest request);

    /** A source's answer; the loader adds the timing. */
    record Loaded(BarSeries series, CacheStatus cacheStatus, String cacheDetail) {}
}
