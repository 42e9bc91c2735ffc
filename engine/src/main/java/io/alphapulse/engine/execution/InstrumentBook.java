package io.alphapulse.engine.execution;

import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.Quantity;
import java.util.ArrayList;
import java.util.List;

/**
 * The orders working on one instrument of the {@link SimulatedVenue}, oldest first, and the fill
 * capacity left on the bar being matched.
 *
 * <p>Orders that finish while a bar is matched (filled, canceled, also by a cancel that a handler
 * sends in reaction to a fill) stay in the list until the bar is done and are then dropped in one
 * pass, so the matching loop can walk the list by index without allocating an iterator.
 */
final class InstrumentBook {

    private final Instrument instrument;
    private final List<WorkingOrder> orders = new ArrayList<>();
    private boolean matching;
    private Quantity capacity;

    InstrumentBook(Instrument instrument) {
        this.instrument = instrument;
    }

    Instrument instrument() {
        return instrument;
    }

    boolean isEmpty() {
        return orders.isEmpty();
    }

    int size() {
        return orders.size();
    }

    WorkingOrder get(int index) {
        return orders.get(index);
    }

    void add(WorkingOrder order) {
        orders.add(order);
    }

    /** Drops a finished order now, or after the bar when one is being matched. */
    void remove(WorkingOrder order) {
        if (!matching) {
            orders.remove(order);
        }
    }

    void startMatching() {
        matching = true;
        capacity = null;
    }

    void finishMatching() {
        matching = false;
        capacity = null;
        orders.removeIf(order -> !order.order().isOpen());
    }

    /** What may still fill on {@code bar}; asked of the fill limit only once a bar reaches an order. */
    Quantity capacity(Bar bar, FillLimit fillLimit) {
        if (capacity == null) {
            capacity = fillLimit.capacity(bar, instrument);
        }
        return capacity;
    }

    void consume(Quantity filled) {
        capacity = capacity.subtract(filled);
    }
}
