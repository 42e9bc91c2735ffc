package io.alphapulse.engine.backtest;

import io.alphapulse.engine.data.Bar;
import io.alphapulse.engine.kernel.Component;
import io.alphapulse.engine.kernel.Kernel;
import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.portfolio.Portfolio;
import io.alphapulse.engine.portfolio.PositionSide;

/**
 * Records equity at every bar close of the traded instrument, counts the bars that close with a
 * position open (for exposure), and reports progress. Registered after the portfolio component, so the
 * bar's fills and mark are already booked. Allocation-free per bar: the curve lives in two
 * preallocated columns.
 */
final class EquityRecorder implements Component {

    private final Portfolio portfolio;
    private final InstrumentId instrumentId;
    private final Currency currency;
    private final long[] timestampsNanos;
    private final long[] equityRaw;
    private final ProgressListener progress;
    private final int progressStep;
    private int size;
    private long barsWithPosition;

    EquityRecorder(
            Portfolio portfolio, InstrumentId instrumentId, Currency currency, int bars, ProgressListener progress) {
        this.portfolio = portfolio;
        this.instrumentId = instrumentId;
        this.currency = currency;
        this.timestampsNanos = new long[bars];
        this.equityRaw = new long[bars];
        this.progress = progress;
        this.progressStep = Math.max(1, bars / 100);
    }

    @Override
    public String name() {
        return "equity-recorder";
    }

    @Override
    public void onStart(Kernel kernel) {
        kernel.bus().subscribe(Bar.class, this::onBar);
    }

    private void onBar(Bar bar) {
        if (bar.instrumentId() != instrumentId && !bar.instrumentId().equals(instrumentId)) {
            return;
        }
        timestampsNanos[size] = bar.openTimeNanos();
        equityRaw[size] = portfolio.equityRaw(currency);
        size++;
        if (portfolio.positionSide(instrumentId) != PositionSide.FLAT) {
            barsWithPosition++;
        }
        if (size % progressStep == 0) {
            progress.progress(size, timestampsNanos.length);
        }
    }

    EquityCurve curve() {
        return size == equityRaw.length
                ? EquityCurve.adopt(currency, timestampsNanos, equityRaw)
                : new EquityCurve(currency, timestampsNanos, equityRaw, size);
    }

    long barsWithPosition() {
        return barsWithPosition;
    }

    int bars() {
        return size;
    }
}
