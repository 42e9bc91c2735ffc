package io.alphapulse.engine.orders;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Message;

/**
 * A request to do something with an order, sent from strategies (through risk) to the execution
 * engine and on to a venue. Commands are imperative and may be refused; what actually happened
 * comes back as {@link OrderEvent}s.
 */
public sealed interface OrderCommand extends Message permits SubmitOrder, CancelOrder {

    ClientOrderId clientOrderId();

    InstrumentId instrumentId();
}
