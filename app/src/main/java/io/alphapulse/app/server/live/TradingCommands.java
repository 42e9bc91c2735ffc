package io.alphapulse.app.server.live;

import java.util.Map;
import java.util.UUID;

/**
 * What the API may ask of live trading. Each call validates its input first (throwing {@link
 * TradingRequestException} naming the field) and then hands a command to the kernel through its bounded
 * inbound queue; nothing here touches the engine's state from the caller's thread.
 */
public interface TradingCommands {

    /**
     * Places a manual order for {@code owner} and waits briefly for the venue's answer.
     *
     * @return the order as it stands after acceptance or rejection, or as {@code submitted} when the
     *     venue did not answer within the wait
     * @throws TradingRequestException with {@link TradingRequestException.Kind#INVALID} (a field is
     *     wrong: unknown symbol, off tick or lot, below minimums), {@link
     *     TradingRequestException.Kind#CONFLICT} (client order id in use, trading halted) or {@link
     *     TradingRequestException.Kind#REJECTED} (the risk engine or the venue refused it; the order
     *     exists with status {@code rejected})
     */
    OrderView submit(OrderRequest request, UUID owner);

    /**
     * Cancels one of {@code owner}'s open orders (strategies' orders may be canceled by any trader).
     *
     * @throws TradingRequestException {@link TradingRequestException.Kind#NOT_FOUND} when there is no such
     *     order visible to {@code owner}, {@link TradingRequestException.Kind#CONFLICT} when it is no
     *     longer open
     */
    OrderView cancel(String clientOrderId, UUID owner);

    /** Strategies stop sending orders; positions and open orders stay. */
    ControlsView pause(String by);

    /** Back to {@code running} from {@code paused} or {@code halted}. */
    ControlsView resume(String by);

    /** Kill switch: cancels every open order and halts all trading until resumed. */
    ControlsView halt(String by);

    /**
     * Changes a running strategy: enables or disables it, and/or replaces parameters (validated by the
     * strategy catalog; unknown or out-of-range parameters throw {@link
     * TradingRequestException.Kind#INVALID} naming them). A parameter change restarts the strategy with
     * its indicators warmed on the recent bars.
     *
     * @param enabled {@code null} to leave as is
     * @param parameters {@code null} or empty to leave as is; otherwise the changed parameters only
     */
    StrategyView updateStrategy(String name, Boolean enabled, Map<String, String> parameters);
}
