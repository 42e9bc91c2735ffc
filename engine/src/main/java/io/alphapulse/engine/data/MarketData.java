package io.alphapulse.engine.data;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Message;

/**
 * Market data for one instrument as it flows from adapters into the kernel. Sealed so handlers can
 * switch over it exhaustively:
 *
 * <pre>{@code
 * switch (data) {
 *     case Bar bar -> ...
 *     case TradeTick trade -> ...
 *     case QuoteTick quote -> ...
 *     case OrderBookDelta delta -> book.applyDelta(delta);
 *     case OrderBookSnapshot snapshot -> book.applySnapshot(snapshot);
 * }
 * }</pre>
 */
public sealed interface MarketData extends Message
        permits Bar, TradeTick, QuoteTick, OrderBookDelta, OrderBookSnapshot {

    /** The instrument this data is about. */
    InstrumentId instrumentId();
}
