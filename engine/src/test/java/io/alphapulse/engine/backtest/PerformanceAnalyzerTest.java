package io.alphapulse.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.portfolio.PositionSide;
import io.alphapulse.engine.portfolio.RoundTrip;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Every metric of small runs computed by hand; the arithmetic is in the comments. */
class PerformanceAnalyzerTest {

    private static final Offset<Double> EXACT = within(1e-12);
    private static final InstrumentId ETH = InstrumentId.parse("sim:ETH-USD");
    private static final long T0 = 1_700_000_000_000_000_000L;
    private static final long DAY = Timeframe.ONE_DAY.durationNanos();

    /** Equity at consecutive daily closes, in USD. */
    private static EquityCurve curve(String... equities) {
        long[] times = new long[equities.length];
        long[] raws = new long[equities.length];
        for (int i = 0; i < equities.length; i++) {
            times[i] = T0 + i * DAY;
            raws[i] = usd(equities[i]).raw();
        }
        return new EquityCurve(Currency.USD, times, raws, equities.length);
    }

    private static Money usd(String amount) {
        return Money.of(amount, Currency.USD);
    }

    private static RoundTrip trip(PositionSide side, String entryPrice, String quantity, String pnl) {
        return new RoundTrip(
                ETH,
                side,
                T0,
                T0 + DAY,
                Quantity.of(quantity, 4),
                Price.of(entryPrice, 2),
                Price.of(entryPrice, 2),
                usd(pnl),
                usd("0.5"));
    }

    private static PerformanceMetrics analyze(EquityCurve equity, List<RoundTrip> trips, long barsWithPosition) {
        return PerformanceAnalyzer.analyze(
                equity, usd("1000"), trips, usd("3.21"), barsWithPosition, Timeframe.ONE_DAY);
    }

    @Test
    void analyze_smallRun_matchesEveryMetricComputedByHand() {
        // Closes 1000, 1100, 990, 1089, 1306.80, 1045.44: returns +0.1, −0.1, +0.1, +0.2, −0.2.
        EquityCurve equity = curve("1000", "1100", "990", "1089", "1306.80", "1045.44");
        List<RoundTrip> trips = List.of(
                trip(PositionSide.LONG, "100", "2", "100"), // entry notional 200: +0.5
                trip(PositionSide.LONG, "50", "4", "-50"), // entry notional 200: −0.25
                trip(PositionSide.SHORT, "125", "1", "25.01")); // entry notional 125: +0.20008

        PerformanceMetrics metrics = analyze(equity, trips, 4);

        assertThat(metrics.initialCash()).isEqualTo(usd("1000"));
        assertThat(metrics.finalEquity()).isEqualTo(usd("1045.44"));
        assertThat(metrics.totalReturn()).isCloseTo(0.04544, EXACT); // 1045.44 / 1000 − 1
        // Peak 1100 then 990: 110 / 1100 = 0.1; peak 1306.80 then 1045.44: 261.36 / 1306.80 = 0.2.
        assertThat(metrics.maxDrawdown()).isCloseTo(0.2, EXACT);
        // Peak at bar 1, below at bars 2 and 3, regained at bar 4: 3 bars. Peak at bar 4, below to
        // the end (bar 5): 1 bar.
        assertThat(metrics.maxDrawdownDurationBars()).isEqualTo(3);
        // mean = 0.1 / 5 = 0.02; deviations 0.08, −0.12, 0.08, 0.18, −0.22; squares sum to
        // 0.0064 + 0.0144 + 0.0064 + 0.0324 + 0.0484 = 0.108; sample variance 0.108 / 4 = 0.027.
        // Daily bars: 525600 / 1440 = 365 bars per year.
        double standardDeviation = Math.sqrt(0.027);
        assertThat(metrics.sharpe()).isCloseTo(0.02 / standardDeviation * Math.sqrt(365), EXACT);
        assertThat(metrics.volatility()).isCloseTo(standardDeviation * Math.sqrt(365), EXACT);
        // Downside: (−0.1)² + (−0.2)² = 0.05 over n − 1 = 4: 0.0125.
        assertThat(metrics.sortino()).isCloseTo(0.02 / Math.sqrt(0.0125) * Math.sqrt(365), EXACT);
        // Six daily bars are 6/365 of a year: 1.04544^(365/6) − 1 ≈ 14.06.
        double cagr = Math.pow(1.04544, 365.0 / 6) - 1;
        assertThat(metrics.cagr()).isCloseTo(cagr, within(1e-12 * cagr));
        assertThat(metrics.calmar()).isCloseTo(cagr / 0.2, within(1e-12 * cagr));
        assertThat(metrics.exposure()).isCloseTo(4.0 / 6, EXACT);
        assertThat(metrics.trades()).isEqualTo(3);
        assertThat(metrics.winRate()).isCloseTo(2.0 / 3, EXACT);
        assertThat(metrics.profitFactor()).isCloseTo(2.5002, EXACT); // (100 + 25.01) / 50
        assertThat(metrics.averageTrade()).isEqualTo(usd("25.00")); // 75.01 / 3 = 25.0033…
        assertThat(metrics.expectancy()).isCloseTo((0.5 - 0.25 + 0.20008) / 3, EXACT);
        assertThat(metrics.feesPaid()).isEqualTo(usd("3.21"));
    }

    @Test
    void analyze_flatEquity_hasNoRiskAndUndefinedRatios() {
        PerformanceMetrics metrics = analyze(curve("1000", "1000", "1000", "1000"), List.of(), 0);

        assertThat(metrics.totalReturn()).isZero();
        assertThat(metrics.maxDrawdown()).isZero();
        assertThat(metrics.maxDrawdownDurationBars()).isZero();
        assertThat(metrics.volatility()).isZero(); // defined: the returns do not vary
        assertThat(metrics.sharpe()).isNaN(); // 0 / 0
        assertThat(metrics.sortino()).isNaN(); // no negative return
        assertThat(metrics.cagr()).isZero();
        assertThat(metrics.calmar()).isNaN(); // no drawdown
        assertThat(metrics.exposure()).isZero();
    }

    @Test
    void analyze_noTrades_leavesTradeStatisticsUndefinedAndTheAverageZero() {
        PerformanceMetrics metrics = analyze(curve("1000", "1010", "1005"), List.of(), 0);

        assertThat(metrics.trades()).isZero();
        assertThat(metrics.winRate()).isNaN();
        assertThat(metrics.profitFactor()).isNaN();
        assertThat(metrics.expectancy()).isNaN();
        assertThat(metrics.averageTrade()).isEqualTo(usd("0"));
    }

    @Test
    void analyze_singleBar_hasAReturnButNoReturnStatistics() {
        PerformanceMetrics metrics = analyze(curve("1100"), List.of(), 1);

        assertThat(metrics.finalEquity()).isEqualTo(usd("1100"));
        assertThat(metrics.totalReturn()).isCloseTo(0.1, EXACT);
        assertThat(metrics.sharpe()).isNaN(); // one close, no return
        assertThat(metrics.sortino()).isNaN();
        assertThat(metrics.volatility()).isNaN();
        assertThat(metrics.maxDrawdown()).isZero();
        assertThat(metrics.maxDrawdownDurationBars()).isZero();
        assertThat(metrics.exposure()).isEqualTo(1.0);
        // One day is 1/365 of a year: 1.1^365 − 1.
        double cagr = Math.pow(1.1, 365) - 1;
        assertThat(metrics.cagr()).isCloseTo(cagr, within(1e-12 * cagr));
    }

    @Test
    void analyze_twoBars_oneReturnIsNotEnoughForADeviation() {
        PerformanceMetrics metrics = analyze(curve("1000", "900"), List.of(), 0);

        assertThat(metrics.sharpe()).isNaN();
        assertThat(metrics.sortino()).isNaN();
        assertThat(metrics.volatility()).isNaN();
        assertThat(metrics.maxDrawdown()).isCloseTo(0.1, EXACT);
        assertThat(metrics.maxDrawdownDurationBars()).isEqualTo(1); // peak bar 0, below to the end
    }

    @Test
    void analyze_noBars_reportsTheInitialCash() {
        PerformanceMetrics metrics = analyze(curve(), List.of(), 0);

        assertThat(metrics.finalEquity()).isEqualTo(usd("1000"));
        assertThat(metrics.totalReturn()).isZero();
        assertThat(metrics.exposure()).isNaN();
        assertThat(metrics.cagr()).isNaN();
        assertThat(metrics.sharpe()).isNaN();
        assertThat(metrics.maxDrawdownDurationBars()).isZero();
    }

    @Test
    void analyze_allWins_hasNoProfitFactor() {
        List<RoundTrip> trips = List.of(
                trip(PositionSide.LONG, "100", "1", "10"), // +0.1
                trip(PositionSide.LONG, "200", "1", "30")); // +0.15

        PerformanceMetrics metrics = analyze(curve("1000", "1040"), trips, 2);

        assertThat(metrics.winRate()).isEqualTo(1.0);
        assertThat(metrics.profitFactor()).isNaN(); // no losing trade
        assertThat(metrics.averageTrade()).isEqualTo(usd("20"));
        assertThat(metrics.expectancy()).isCloseTo(0.125, EXACT); // (0.1 + 0.15) / 2
    }

    @Test
    void analyze_breakEvenTrade_isNotAWinButNotALoss() {
        List<RoundTrip> trips =
                List.of(trip(PositionSide.LONG, "100", "1", "0"), trip(PositionSide.LONG, "100", "1", "-10"));

        PerformanceMetrics metrics = analyze(curve("1000", "990"), trips, 2);

        assertThat(metrics.winRate()).isZero();
        assertThat(metrics.profitFactor()).isZero(); // 0 / 10
    }

    @Test
    void analyze_averageTrade_roundsHalfEvenToTheCurrencyScale() {
        // 0.01 + 0.02 = 0.03 over 2 = 0.015 → 0.02; 0.01 + 0.00 = 0.01 over 2 = 0.005 → 0.00.
        assertThat(analyze(
                                curve("1000"),
                                List.of(
                                        trip(PositionSide.LONG, "1", "1", "0.01"),
                                        trip(PositionSide.LONG, "1", "1", "0.02")),
                                0)
                        .averageTrade())
                .isEqualTo(usd("0.02"));
        assertThat(analyze(
                                curve("1000"),
                                List.of(
                                        trip(PositionSide.LONG, "1", "1", "0.01"),
                                        trip(PositionSide.LONG, "1", "1", "0")),
                                0)
                        .averageTrade())
                .isEqualTo(usd("0.00"));
    }

    @Test
    void analyze_equityLostEntirely_hasUndefinedReturnsAfterIt() {
        PerformanceMetrics metrics = analyze(curve("1000", "500", "0", "0"), List.of(), 3);

        assertThat(metrics.totalReturn()).isEqualTo(-1.0);
        assertThat(metrics.maxDrawdown()).isEqualTo(1.0);
        assertThat(metrics.cagr()).isEqualTo(-1.0);
        assertThat(metrics.sharpe()).isNaN(); // 0 → 0 is no return
        assertThat(metrics.volatility()).isNaN();
        assertThat(metrics.calmar()).isEqualTo(-1.0);
    }

    @Test
    void analyze_secondTimeframe_usesItsExactLengthForTheYear() {
        // 30-second bars: 31,536,000 / 30 = 1,051,200 bars per year. Returns +0.1, −0.1:
        // mean 0, so Sharpe 0; deviations ±0.1, variance 0.02 / 1.
        EquityCurve equity = curve("1000", "1100", "990");
        PerformanceMetrics metrics =
                PerformanceAnalyzer.analyze(equity, usd("1000"), List.of(), usd("0"), 0, Timeframe.parse("30s"));

        assertThat(metrics.volatility()).isCloseTo(Math.sqrt(0.02) * Math.sqrt(1_051_200), within(1e-9));
        assertThat(metrics.sharpe()).isCloseTo(0.0, EXACT);
        // Sortino: downside (−0.1)² / 1 = 0.01, deviation 0.1; mean ≈ 0 (0.1 − 0.1 in binary).
        assertThat(metrics.sortino()).isCloseTo(0.0, within(1e-9));
        // 3 bars × 30 s = 90 s of a 31,536,000 s year.
        assertThat(metrics.cagr()).isCloseTo(Math.pow(0.99, 31_536_000.0 / 90) - 1, EXACT);
    }

    @Test
    void analyze_drawdownDuration_countsFromThePeakToItsRecoveryOrTheEnd() {
        // Peak 110 at bar 1; 100, 105, 109 below; 110 regained at bar 5: 4 bars. Then peak 120 at
        // bar 6, below for the last 2 bars (7, 8): 2 bars.
        EquityCurve equity = curve("100", "110", "100", "105", "109", "110", "120", "100", "119");

        assertThat(analyze(equity, List.of(), 0).maxDrawdownDurationBars()).isEqualTo(4);
        // Never back at the first close: from the peak at bar 0 to the last bar, 8.
        EquityCurve neverBack = curve("1000", "990", "980", "985", "970", "975", "980", "985", "990");
        assertThat(analyze(neverBack, List.of(), 0).maxDrawdownDurationBars()).isEqualTo(8);
    }

    @Test
    void analyze_isDeterministic() {
        EquityCurve equity = curve("1000", "1100", "990", "1089", "1306.80", "1045.44");
        List<RoundTrip> trips = List.of(trip(PositionSide.LONG, "100", "2", "100"));

        assertThat(analyze(equity, trips, 3)).isEqualTo(analyze(equity, trips, 3));
    }

    @Test
    void analyze_amountsInAnotherCurrency_areRefused() {
        EquityCurve equity = curve("1000");
        Money usdt = Money.of("1000", Currency.USDT);

        assertThatThrownBy(() -> PerformanceAnalyzer.analyze(equity, usdt, List.of(), usd("0"), 0, Timeframe.ONE_DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("initial cash is 1000.00000000 USDT")
                .hasMessageContaining("USD (scale 2)");
        RoundTrip usdtTrip = new RoundTrip(
                ETH,
                PositionSide.LONG,
                T0,
                T0,
                Quantity.of("1", 4),
                Price.of("1", 2),
                Price.of("1", 2),
                Money.of("1", Currency.USDT),
                Money.of("0", Currency.USDT));
        assertThatThrownBy(() -> analyze(equity, List.of(usdtTrip), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sim:ETH-USD");
    }

    @Test
    void analyze_invalidCounts_areRefused() {
        EquityCurve equity = curve("1000", "1001");

        assertThatThrownBy(() -> analyze(equity, List.of(), 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 to 2")
                .hasMessageContaining("was 3");
        assertThatThrownBy(
                        () -> PerformanceAnalyzer.analyze(equity, usd("0"), List.of(), usd("0"), 0, Timeframe.ONE_DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.00 USD");
    }

    @Property(tries = 500)
    void drawdowns_matchABruteForceReference(@ForAll("equities") List<Long> equities) {
        EquityCurve equity = curveOfRaws(equities);
        double largest = 0.0;
        long longest = 0;
        for (int p = 0; p < equities.size(); p++) {
            long peak = Long.MIN_VALUE;
            for (int i = 0; i <= p; i++) {
                peak = Math.max(peak, equities.get(i));
            }
            largest = Math.max(largest, (double) (peak - equities.get(p)) / peak);
            // From close p to the first close at or above it, if any close between was below it.
            int recovery = p + 1;
            while (recovery < equities.size() && equities.get(recovery) < equities.get(p)) {
                recovery++;
            }
            long duration = recovery == equities.size() ? equities.size() - 1 - p : recovery - p;
            longest = Math.max(longest, recovery > p + 1 ? duration : 0);
        }

        PerformanceMetrics metrics =
                PerformanceAnalyzer.analyze(equity, usd("1000"), List.of(), usd("0"), 0, Timeframe.ONE_HOUR);

        assertThat(metrics.maxDrawdown()).isEqualTo(largest);
        assertThat(metrics.maxDrawdownDurationBars()).isEqualTo(longest);
    }

    @Property(tries = 300)
    void returnStatistics_matchAHighPrecisionReference(@ForAll("equities") List<Long> equities) {
        EquityCurve equity = curveOfRaws(equities);
        int count = equities.size() - 1;
        MathContext precision = new MathContext(40);
        BigDecimal[] returns = new BigDecimal[count];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            returns[i] = BigDecimal.valueOf(equities.get(i + 1))
                    .divide(BigDecimal.valueOf(equities.get(i)), precision)
                    .subtract(BigDecimal.ONE);
            sum = sum.add(returns[i]);
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(count), precision);
        BigDecimal squares = BigDecimal.ZERO;
        BigDecimal downside = BigDecimal.ZERO;
        for (BigDecimal value : returns) {
            squares = squares.add(value.subtract(mean).pow(2));
            downside = downside.add(value.min(BigDecimal.ZERO).pow(2));
        }
        BigDecimal degrees = BigDecimal.valueOf(count - 1);
        BigDecimal annualization = BigDecimal.valueOf(8760).sqrt(precision); // hourly bars
        BigDecimal deviation = squares.divide(degrees, precision).sqrt(precision);
        BigDecimal downsideDeviation = downside.divide(degrees, precision).sqrt(precision);

        PerformanceMetrics metrics =
                PerformanceAnalyzer.analyze(equity, usd("1000"), List.of(), usd("0"), 0, Timeframe.ONE_HOUR);

        if (deviation.signum() == 0) {
            assertThat(metrics.volatility()).isZero();
            assertThat(metrics.sharpe()).isNaN();
        } else if (deviation.compareTo(largestAbsolute(returns).scaleByPowerOfTen(-6)) > 0) {
            // (A deviation far below the returns themselves is dominated by their rounding to double.)
            double volatility = deviation.multiply(annualization).doubleValue();
            assertThat(metrics.volatility()).isCloseTo(volatility, within(1e-12 * volatility));
            double sharpe =
                    mean.divide(deviation, precision).multiply(annualization).doubleValue();
            assertThat(metrics.sharpe()).isCloseTo(sharpe, within(1e-10 * Math.max(1.0, Math.abs(sharpe))));
        }
        if (downsideDeviation.signum() == 0) {
            assertThat(metrics.sortino()).isNaN();
        } else {
            double sortino = mean.divide(downsideDeviation, precision)
                    .multiply(annualization)
                    .doubleValue();
            assertThat(metrics.sortino()).isCloseTo(sortino, within(1e-10 * Math.max(1.0, Math.abs(sortino))));
        }
    }

    private static BigDecimal largestAbsolute(BigDecimal[] values) {
        BigDecimal largest = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            largest = largest.max(value.abs());
        }
        return largest;
    }

    @Provide
    Arbitrary<List<Long>> equities() {
        // A narrow range makes ties (a peak regained exactly) common; a wide one makes large swings.
        return Arbitraries.oneOf(
                Arbitraries.longs().between(1, 5).list().ofMinSize(3).ofMaxSize(80),
                Arbitraries.longs().between(1, 2_000_000).list().ofMinSize(3).ofMaxSize(80));
    }

    private static EquityCurve curveOfRaws(List<Long> equities) {
        long[] times = new long[equities.size()];
        long[] raws = new long[equities.size()];
        for (int i = 0; i < raws.length; i++) {
            times[i] = T0 + i * DAY;
            raws[i] = equities.get(i);
        }
        return new EquityCurve(Currency.USD, times, raws, raws.length);
    }
}
