/**
 * The simulated venue {@code sim}: its default instruments ({@link io.alphapulse.adapters.sim.Instruments})
 * and its synthetic market data.
 *
 * <p>Life of a synthetic price: {@link io.alphapulse.adapters.sim.SyntheticMarket} is a pure, seeded
 * model (GBM with optional mean reversion, Poisson trade arrivals, trades and quotes on the
 * instrument's grid) that produces the same events for the same seed and times, so tests and demos
 * replay exactly. {@link io.alphapulse.adapters.sim.SyntheticFeed} is the live edge: its own thread
 * advances the market to the wall clock every ~100 ms and {@code offer}s each event to the kernel
 * through a {@link io.alphapulse.adapters.sim.MarketDataSink}, never blocking; events refused by a
 * full queue are conflated away and counted.
 */
package io.alphapulse.adapters.sim;
