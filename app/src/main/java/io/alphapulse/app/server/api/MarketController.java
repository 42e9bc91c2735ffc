package io.alphapulse.app.server.api;

import io.alphapulse.app.server.live.BarView;
import io.alphapulse.app.server.live.InstrumentView;
import io.alphapulse.app.server.live.LiveView;
import io.alphapulse.app.server.live.PriceView;
import io.alphapulse.engine.data.BarSeries;
import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.indicators.Indicator;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.infra.store.bars.BarRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/market}: latest prices, stored bars and indicators over them (ARCHITECTURE.md §6). */
@RestController
@RequestMapping("/api/market")
@Tag(name = "market", description = "Prices, bar history and indicators")
public class MarketController {

    private static final Logger LOG = LoggerFactory.getLogger(MarketController.class);

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 5000;

    private final LiveView view;
    private final BarRepository bars;

    public MarketController(LiveView view, BarRepository bars) {
        this.view = view;
        this.bars = bars;
    }

    /** The bars of one instrument and timeframe. */
    public record History(String venue, String symbol, String timeframe, List<BarView> bars) {}

    /** One indicator value at a bar's open time. */
    public record Point(long ts, double value) {}

    /** An indicator's ready values, oldest first. */
    public record IndicatorSeries(
            String venue, String symbol, String timeframe, String name, int period, List<Point> points) {}

    @GetMapping("/prices")
    @Operation(summary = "Latest price of every instrument that has traded since start")
    public List<PriceView> prices() {
        return view.prices();
    }

    @GetMapping("/history")
    @Operation(
            summary = "Stored bars, oldest first",
            description = "Without from: the last `limit` bars (before `to` when given). With from: the first"
                    + " `limit` bars opening at or after it. Times are epoch milliseconds.")
    public History history(
            @RequestParam(required = false) String symbol,
            @RequestParam(required = false) String timeframe,
            @RequestParam(required = false) Long from,
            @RequestParam(required = false) Long to,
            @RequestParam(required = false) Integer limit) {
        InstrumentView instrument = RequestChecks.instrument(view, symbol, "symbol");
        Timeframe frame = RequestChecks.timeframe(timeframe, "1m");
        int count = RequestChecks.limit(limit, "limit", DEFAULT_LIMIT, MAX_LIMIT);
        BarSeries series = read(instrument, frame, from, to, count, 0);
        List<BarView> views = new ArrayList<>(series.size());
        for (int i = 0; i < series.size(); i++) {
            views.add(BarView.of(series.bar(i)));
        }
        return new History(instrument.venue(), instrument.symbol(), frame.toString(), views);
    }

    @GetMapping("/indicators")
    @Operation(
            summary = "An engine indicator over the stored bars",
            description = "name: sma, ema, wma, rsi, atr, adx, roc, stddev, bollinger, donchian, stochastic,"
                    + " vwap, macd, obv. Points {ts, value} at each bar's open time once the indicator is"
                    + " warmed up; the last `limit` (default 500) bars are reported.")
    public IndicatorSeries indicators(
            @RequestParam(required = false) String symbol,
            @RequestParam(required = false) String timeframe,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer period,
            @RequestParam(required = false) Integer limit) {
        InstrumentView instrument = RequestChecks.instrument(view, symbol, "symbol");
        Timeframe frame = RequestChecks.timeframe(timeframe, "1m");
        IndicatorCatalog.Choice choice = IndicatorCatalog.create(name, period);
        int count = RequestChecks.limit(limit, "limit", DEFAULT_LIMIT, MAX_LIMIT);
        Indicator indicator = choice.indicator();
        BarSeries series = read(instrument, frame, null, null, count, indicator.warmup());
        List<Point> points = new ArrayList<>();
        int firstReported = Math.max(0, series.size() - count);
        double priceUnit = Math.pow(10, -series.priceScale());
        double volumeUnit = Math.pow(10, -series.sizeScale());
        for (int i = 0; i < series.size(); i++) {
            indicator.update(
                    series.openRaw(i) * priceUnit,
                    series.highRaw(i) * priceUnit,
                    series.lowRaw(i) * priceUnit,
                    series.closeRaw(i) * priceUnit,
                    series.volumeRaw(i) * volumeUnit);
            if (i >= firstReported && indicator.isReady() && Double.isFinite(indicator.value())) {
                points.add(new Point(millis(series.openTimeNanos(i)), indicator.value()));
            }
        }
        return new IndicatorSeries(
                instrument.venue(), instrument.symbol(), frame.toString(), choice.name(), choice.period(), points);
    }

    /**
     * At most {@code count + extra} bars: from {@code from} onwards when given, else the last ones
     * before {@code to} (or before the end of the store).
     */
    private BarSeries read(InstrumentView instrument, Timeframe frame, Long from, Long to, int count, int extra) {
        RequestChecks.epochMillis(from, "from");
        RequestChecks.epochMillis(to, "to");
        if (from != null && to != null && to <= from) {
            throw ApiRequestException.badParameter("to", "to must be after from");
        }
        InstrumentId id = new InstrumentId(instrument.symbol(), instrument.venue());
        Duration span = frame.toDuration().multipliedBy((long) count + extra);
        try {
            Instant start;
            Instant end;
            if (from != null) {
                start = Instant.ofEpochMilli(from);
                Instant limitEnd = start.plus(span);
                end = to == null || Instant.ofEpochMilli(to).isAfter(limitEnd) ? limitEnd : Instant.ofEpochMilli(to);
            } else {
                Optional<Instant> last = bars.lastOpenTime(id, frame);
                if (last.isEmpty()) {
                    return bars.read(id, frame, Instant.EPOCH, Instant.EPOCH);
                }
                Instant storeEnd = last.get().plus(frame.toDuration());
                end = to == null || Instant.ofEpochMilli(to).isAfter(storeEnd) ? storeEnd : Instant.ofEpochMilli(to);
                start = end.minus(span);
            }
            return bars.read(id, frame, start, end);
        } catch (SQLException failure) {
            LOG.warn("reading bars of {} {} failed: {}", id, frame, failure.getMessage());
            throw ApiRequestException.unavailable("the bar store cannot be read now; try again later");
        }
    }

    private static long millis(long nanos) {
        return Math.floorDiv(nanos, 1_000_000L);
    }
}
