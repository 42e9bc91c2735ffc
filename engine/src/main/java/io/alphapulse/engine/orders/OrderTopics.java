package io.alphapulse.engine.orders;

/**
 * Names of the bus topics that carry orders. Commands travel to the venue on {@link #COMMANDS}
 * ({@link OrderCommand}); everything that happens to an order comes back on {@link #EVENTS} ({@link
 * OrderEvent}), published by the venue (or the risk engine, for orders it denies).
 */
public final class OrderTopics {

    /** {@link OrderCommand}s on their way to a venue. */
    public static final String COMMANDS = "orders.commands";

    /** {@link OrderEvent}s: submitted, accepted, rejected, filled, canceled, expired. */
    public static final String EVENTS = "orders.events";

    private OrderTopics() {}
}
