/**
 * Historical bars from files and bundled samples into the engine's columnar {@link
 * io.alphapulse.engine.data.BarSeries}.
 *
 * <p>Start at {@link io.alphapulse.infra.marketdata.BarDataLoader}: it takes a data spec (a CSV path
 * or {@code sample:NAME}), an instrument, a timeframe and optional scales, and returns the series
 * with load statistics in a {@link io.alphapulse.infra.marketdata.LoadedBars}. Bad input is a {@link
 * io.alphapulse.infra.marketdata.MarketDataException} with a one-line {@code file:line: problem}
 * message.
 *
 * <p>Life of a CSV load:
 *
 * <ol>
 *   <li>The spec is resolved to a source: a file, a {@link io.alphapulse.infra.marketdata.SampleData}
 *       resource, or a refusal that names the unknown prefix.
 *   <li>For a file, the binary cache {@code <file>.apcache} beside it is checked against the CSV's
 *       size, modification time and a checksum of its first and last 64 KiB, and against the
 *       requested instrument, timeframe and scales; a match is read in bulk and checksummed.
 *   <li>Otherwise the CSV is parsed in one pass over large chunks, scales inferred on the way, every
 *       row validated; then the cache is written to a temporary file and moved into place. Failing to
 *       write it is reported in the result, never thrown.
 *   <li>The columns become an immutable series through {@link
 *       io.alphapulse.engine.data.BarSeries.Builder}, which checks every row once more.
 * </ol>
 */
package io.alphapulse.infra.marketdata;
