package io.alphapulse.infra.marketdata;

import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.infra.db.Database;
import io.alphapulse.infra.db.DatabaseSettings;
import io.alphapulse.infra.store.bars.BarRepository;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Bars from the store ({@code db:BTC-USDT:1m}), cut to a {@link TimeRange}. The spec names the
 * market, so a request must agree with it, as with samples. Migrates the store first, so a fresh
 * store answers "no bars" rather than "no such table". No rows is bad input (the message names the
 * store, market and range); a database that cannot be reached or read is a runtime failure
 * ({@link IllegalStateException}).
 *
 * @param spec the parsed spec
 * @param settings where the store is
 * @param range which open times to read
 */
record StoreSource(StoreBarSpec spec, DatabaseSettings settings, TimeRange range) implements BarSource {

    @Override
    public Loaded load(BarRequest request) {
        if (!request.instrumentId().equals(spec.instrumentId())
                || !request.timeframe().equals(spec.timeframe())) {
            throw new MarketDataException(spec + " holds " + spec.instrumentId() + " " + spec.timeframe()
                    + " bars, not " + request.instrumentId() + " " + request.timeframe());
        }
        try (Database database = Database.open(settings)) {
            database.migrate();
            BarRepository bars = BarRepository.on(database);
            Optional<Instant> from = Optional.ofNullable(range.fromInclusive()).or(() -> first(bars));
            Optional<Instant> to =
                    Optional.ofNullable(range.toExclusive()).or(() -> last(bars).map(last -> last.plusMillis(1)));
            BarSeries series = from.isPresent() && to.isPresent() && from.get().isBefore(to.get())
                    ? bars.read(spec.instrumentId(), spec.timeframe(), from.get(), to.get())
                    : null;
            if (series == null || series.isEmpty()) {
                throw new MarketDataException(
                        "no " + spec.instrumentId() + " " + spec.timeframe() + " bars in the store " + settings.url()
                                + " " + range + "; import some with ./alphapulse data import");
            }
            return new Loaded(series, CacheStatus.NOT_USED, "read from " + settings.url());
        } catch (SQLException failure) {
            throw new IllegalStateException(
                    "cannot read bars from the store " + settings.url() + ": " + failure.getMessage(), failure);
        }
    }

    private Optional<Instant> first(BarRepository bars) {
        try {
            return bars.firstOpenTime(spec.instrumentId(), spec.timeframe());
        } catch (SQLException failure) {
            throw new IllegalStateException(
                    "cannot read bars from the store " + settings.url() + ": " + failure.getMessage(), failure);
        }
    }

    private Optional<Instant> last(BarRepository bars) {
        try {
            return bars.lastOpenTime(spec.instrumentId(), spec.timeframe());
        } catch (SQLException failure) {
            throw new IllegalStateException(
                    "cannot read bars from the store " + settings.url() + ": " + failure.getMessage(), failure);
        }
    }
}
