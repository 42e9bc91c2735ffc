package io.alphapulse.engine.backtest;

/** Told how far a backtest has got, from the kernel thread; must be cheap and must not block. */
@FunctionalInterface
public interface ProgressListener {

    /** Reports nothing. */
    ProgressListener NONE = (done, total) -> {};

    /** {@code done} of {@code total} bars replayed. Called about a hundred times per run, and at the end. */
    void progress(long done, long total);
}
