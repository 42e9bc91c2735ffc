package io.alphapulse.engine.portfolio;

import io.alphapulse.engine.orders.OrderFillEvent;

/**
 * Thrown by {@link Portfolio#apply} when a fill cannot be booked: an instrument the portfolio does
 * not hold, a price or quantity off the instrument's scales, a fill older than the trade it closes,
 * or, on a {@link AccountType#SPOT} account, a sale beyond the position or a balance driven below
 * zero. The portfolio is left exactly as it was. In the kernel this means the venue and our books
 * disagree: log it, alert, and reconcile with the venue; do not retry the fill.
 */
public final class FillRefusedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient OrderFillEvent fill;
    private final String reason;

    public FillRefusedException(OrderFillEvent fill, String reason) {
        super("fill " + fill.tradeId() + " of " + fill.clientOrderId() + " (" + fill.side() + " "
                + fill.lastQuantity() + " " + fill.instrumentId() + " @ " + fill.lastPrice() + ", commission "
                + fill.commission() + ") refused: " + reason);
        this.fill = fill;
        this.reason = reason;
    }

    /** The refused fill. */
    public OrderFillEvent fill() {
        return fill;
    }

    /** Why it was refused, without the description of the fill. */
    public String reason() {
        return reason;
    }
}
