package io.alphapulse.app.server.live;

import java.util.Objects;
import java.util.UUID;

/**
 * One live event, in the shape of the WebSocket envelope (ARCHITECTURE.md §7): {@code {"topic", "type",
 * "ts", "data"}}.
 *
 * @param topic {@code prices}, {@code bars}, {@code signals}, {@code orders}, {@code trades}, {@code
 *     portfolio}, {@code alerts}, {@code news} or {@code system}
 * @param type what happened, e.g. {@code price}, {@code bar}, {@code accepted}, {@code filled}
 * @param ts when, epoch milliseconds
 * @param data the payload: one of the view records
 * @param owner the user an order or trade belongs to; {@code null} when every user may see it
 *     (strategies' orders, prices). Not part of the envelope
 */
public record LiveEvent(String topic, String type, long ts, Object data, UUID owner) {

    public static final String PRICES = "prices";
    public static final String BARS = "bars";
    public static final String SIGNALS = "signals";
    public static final String ORDERS = "orders";
    public static final String TRADES = "trades";
    public static final String PORTFOLIO = "portfolio";
    public static final String ALERTS = "alerts";
    public static final String NEWS = "news";
    public static final String SYSTEM = "system";

    public LiveEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }

    /** Whether {@code user} may receive this event. */
    public boolean visibleTo(UUID user) {
        return owner == null || owner.equals(user);
    }

    /**
     * Whether a slow client may skip this event when a newer one with the same {@link #conflationKey()}
     * is queued: prices, bars and portfolio snapshots supersede each other; orders, trades and alerts
     * never do.
     */
    public boolean conflatable() {
        return topic.equals(PRICES) || topic.equals(PORTFOLIO) || topic.equals(BARS) || topic.equals(SYSTEM);
    }

    /** Events with the same key supersede each other (only meaningful when {@link #conflatable()}). */
    public String conflationKey() {
        return data instanceof PriceView price
                ? topic + ':' + price.symbol()
                : data instanceof BarView bar ? topic + ':' + bar.symbol() + ':' + bar.timeframe() : topic;
    }
}
