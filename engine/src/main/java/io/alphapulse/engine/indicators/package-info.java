/**
 * Streaming technical indicators: each update is O(1) (amortized O(1) where a class says so) and
 * allocates nothing, so an indicator can follow millions of bars inside the single-threaded kernel.
 *
 * <h2>Shared contract</h2>
 *
 * <ul>
 *   <li>An indicator is a small state machine fed one bar ({@link
 *       io.alphapulse.engine.indicators.Indicator#update(double, double, double, double, double)})
 *       or one value ({@link io.alphapulse.engine.indicators.SeriesIndicator#update(double)}) at a
 *       time. It keeps only the window it needs, in primitive arrays allocated by its constructor.
 *   <li>{@code warmup()} is the number of updates after which {@code isReady()} becomes true; from
 *       then on <em>every</em> output of the indicator (not only {@code value()}) is defined. Before
 *       that every output is {@link Double#NaN}. A few outputs can still be NaN after warm-up when
 *       the formula has no answer, such as a volume-weighted price over a window without volume;
 *       each class says when.
 *   <li>Inputs must be finite (and volumes non-negative where volume is used): a NaN or infinite
 *       input would silently poison a running sum for ever, so {@code update} rejects it with an
 *       {@link IllegalArgumentException} and leaves the indicator unchanged.
 *   <li>Parameters are checked by the constructor, which names the parameter and the rejected
 *       value.
 *   <li>Indicators are not thread-safe; each belongs to one kernel thread.
 * </ul>
 *
 * <p>Statistics use {@code double}. Running sums that live for millions of updates are either
 * compensated (Neumaier) or periodically recomputed from the window, so they do not drift.
 *
 * <p>Values are checked against hand-computed examples and against ta4j on real market data;
 * where a class is seeded or defined differently from ta4j its Javadoc says so under "Differs from
 * ta4j".
 */
package io.alphapulse.engine.indicators;
