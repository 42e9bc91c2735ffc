package io.alphapulse.engine.kernel;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the bus does when a handler throws. Backtests want {@link #PROPAGATE}: a bug stops the run at
 * the message that exposed it. Live trading wants {@link #isolate(Consumer)}: one failing strategy is
 * reported and the others keep receiving data. {@link Error}s always propagate.
 */
@FunctionalInterface
public interface HandlerFailurePolicy {

    /** Rethrows the handler's exception to the publisher; the remaining handlers do not run. */
    HandlerFailurePolicy PROPAGATE = failure -> {
        throw failure.cause();
    };

    /** Reports the failure and lets the remaining handlers run. */
    static HandlerFailurePolicy isolate(Consumer<HandlerFailure> reporter) {
        Objects.requireNonNull(reporter, "reporter");
        return reporter::accept;
    }

    void onFailure(HandlerFailure failure);
}
