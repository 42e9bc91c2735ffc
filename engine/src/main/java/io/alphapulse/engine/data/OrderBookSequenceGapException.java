package io.alphapulse.engine.data;

import io.alphapulse.engine.model.InstrumentId;

/**
 * Thrown by {@link OrderBook#applyDelta} when a delta skips one or more venue messages: the book
 * can no longer be trusted. The book is left as it was; the adapter must resubscribe or fetch a
 * snapshot and {@link OrderBook#applySnapshot apply} it before sending further deltas.
 */
public final class OrderBookSequenceGapException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient InstrumentId instrumentId;
    private final long lastSequence;
    private final long receivedSequence;

    public OrderBookSequenceGapException(InstrumentId instrumentId, long lastSequence, long receivedSequence) {
        super("sequence gap in the " + instrumentId + " book: last applied " + lastSequence + ", expected "
                + lastSequence + " or " + (lastSequence + 1) + ", received " + receivedSequence
                + "; apply a fresh snapshot");
        this.instrumentId = instrumentId;
        this.lastSequence = lastSequence;
        this.receivedSequence = receivedSequence;
    }

    public InstrumentId instrumentId() {
        return instrumentId;
    }

    /** The sequence the book had reached. */
    public long lastSequence() {
        return lastSequence;
    }

    /** The sequence of the refused delta, greater than {@code lastSequence() + 1}. */
    public long receivedSequence() {
        return receivedSequence;
    }
}
