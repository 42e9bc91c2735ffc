package io.alphapulse.engine.portfolio;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything a portfolio shows, to check that a refused fill changed nothing. */
record Snapshot(
        Map<Currency, List<Money>> currencies,
        Map<InstrumentId, Position> positions,
        List<RoundTrip> roundTrips,
        boolean hasOpenPosition) {

    static Snapshot of(Portfolio portfolio) {
        Map<Currency, List<Money>> currencies = new LinkedHashMap<>();
        for (Currency currency : portfolio.currencies()) {
            currencies.put(
                    currency,
                    List.of(
                            portfolio.cash(currency),
                            portfolio.fees(currency),
                            portfolio.realizedPnl(currency),
                            portfolio.equity(currency)));
        }
        return new Snapshot(currencies, portfolio.positions(), portfolio.roundTrips(), portfolio.hasOpenPosition());
    }
}
