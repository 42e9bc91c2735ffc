package io.alphapulse.infra.marketdata;

import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the caller wants from a source: the labels of the series and, optionally, its scales. An
 * empty scale means "the data's own": the most decimals any value of the column group has.
 *
 * @param instrumentId the instrument the bars belong to
 * @param timeframe the length of one bar
 * @param priceScale decimals of open, high, low and close, 0..9, or empty to infer
 * @param sizeScale decimals of the volume, 0..9, or empty to infer
 */
record BarRequest(InstrumentId instrumentId, Timeframe timeframe, OptionalInt priceScale, OptionalInt sizeScale) {

    static final int MAX_SCALE = 9;

    BarRequest {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(timeframe, "timeframe");
        Objects.requireNonNull(priceScale, "priceScale");
        Objects.requireNonNull(sizeScale, "sizeScale");
        checkScale(priceScale, "price");
        checkScale(sizeScale, "volume");
    }

    private static void checkScale(OptionalInt scale, String what) {
        if (scale.isPresent() && (scale.getAsInt() < 0 || scale.getAsInt() > MAX_SCALE)) {
            throw new IllegalArgumentException(what + " scale must be 0.." + MAX_SCALE + ", was " + scale.getAsInt());
        }
    }
}
