package io.alphapulse.app.server.research;

import io.alphapulse.engine.data.Timeframe;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.strategy.InvalidParameterException;
import io.alphapulse.engine.strategy.StrategyCatalog;
import io.alphapulse.engine.strategy.StrategyParameters;
import io.alphapulse.infra.marketdata.MarketDataException;
import io.alphapulse.infra.marketdata.SampleData;
import io.alphapulse.infra.store.bars.BarRepository;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A backtest request checked before it is queued: the strategy and its parameters resolved by the
 * catalog, the bars' source and size known, the money settings in range. What cannot be known without
 * the bars (the instrument's scales) is checked by the run itself.
 */
record BacktestPlan(
        StrategyParameters parameters,
        SampleData sample,
        InstrumentId instrumentId,
        Timeframe timeframe,
        Instant from,
        Instant to,
        BigDecimal cash,
        BigDecimal feeBps,
        BigDecimal slippageBps,
        BigDecimal participation) {

    /** The venue backtests trade on, as on the command line. */
    static final String VENUE = "sim";

    /** The most bars one job may replay: its result (equity per bar) is kept in memory. */
    static final long MAX_BARS = 200_000;

    private static final BigDecimal MAX_BPS = BigDecimal.valueOf(1000);
    private static final BigDecimal MAX_CASH = new BigDecimal("1000000000000");
    static final long MAX_EPOCH_MILLIS = 9_999_999_999_999L;
    private static final Pattern SYMBOL = Pattern.compile("([a-z0-9_-]{1,20}:)?[A-Za-z0-9._-]{1,40}");

    /**
     * @throws BacktestRequestException naming the field at fault
     */
    static BacktestPlan of(BacktestRequest request, StrategyCatalog catalog, BarRepository store) {
        String strategy = request.strategy() == null ? "" : request.strategy().strip();
        if (strategy.isEmpty()) {
            throw new BacktestRequestException(
                    "strategy", "strategy is required; one of " + String.join(", ", catalog.names()));
        }
        StrategyParameters parameters = parameters(catalog, strategy, request.params());
        BigDecimal cash = amount("cash", request.cash(), BigDecimal.valueOf(10_000));
        if (cash.signum() <= 0 || cash.compareTo(MAX_CASH) > 0) {
            throw new BacktestRequestException("cash", "cash must be positive and at most 1e12");
        }
        BigDecimal fee = bps("feeBps", request.feeBps(), BigDecimal.TEN);
        BigDecimal slippage = bps("slippageBps", request.slippageBps(), BigDecimal.ZERO);
        BigDecimal participation = amount("participation", request.participation(), null);
        if (participation != null && (participation.signum() <= 0 || participation.compareTo(BigDecimal.ONE) > 0)) {
            throw new BacktestRequestException("participation", "participation must be in (0, 1]");
        }
        Instant from = time("from", request.from());
        Instant to = time("to", request.to());
        if (from != null && to != null && !to.isAfter(from)) {
            throw new BacktestRequestException("to", "to must be after from");
        }
        Timeframe frame = request.timeframe() == null ? null : timeframe(request.timeframe());

        if (request.data() != null) {
            String data = request.data().strip();
            if (!data.startsWith(SampleData.PREFIX)) {
                throw new BacktestRequestException(
                        "data",
                        "data must be a bundled sample (sample:" + String.join(", sample:", SampleData.names())
                                + "); omit it to use stored bars");
            }
            SampleData sample;
            try {
                sample = SampleData.named(data.substring(SampleData.PREFIX.length()));
            } catch (MarketDataException unknown) {
                throw new BacktestRequestException("data", unknown.getMessage());
            }
            if (from != null || to != null) {
                throw new BacktestRequestException("from", "from and to apply to stored bars only, not to samples");
            }
            String symbol = request.symbol() == null ? sample.instrumentId().symbol() : symbol(request.symbol());
            return new BacktestPlan(
                    parameters,
                    sample,
                    instrumentId(VENUE, symbol),
                    frame == null ? sample.timeframe() : frame,
                    null,
                    null,
                    cash,
                    fee,
                    slippage,
                    participation);
        }

        if (request.symbol() == null || request.symbol().isBlank()) {
            throw new BacktestRequestException("symbol", "symbol is required when data is not a sample");
        }
        String text = symbol(request.symbol());
        int colon = text.indexOf(':');
        InstrumentId id = colon < 0
                ? instrumentId(VENUE, text)
                : instrumentId(text.substring(0, colon), text.substring(colon + 1));
        Timeframe storedFrame = frame == null ? Timeframe.ONE_MINUTE : frame;
        checkStored(store, id, storedFrame, from, to);
        return new BacktestPlan(parameters, null, id, storedFrame, from, to, cash, fee, slippage, participation);
    }

    private static void checkStored(BarRepository store, InstrumentId id, Timeframe frame, Instant from, Instant to) {
        if (store == null) {
            throw new BacktestRequestException("symbol", "no bar store is configured; use data: sample:NAME");
        }
        long stored;
        try {
            stored = store.count(id, frame);
        } catch (SQLException failure) {
            throw new BacktestUnavailableException("the bar store cannot be read now; try again later", 5);
        }
        if (stored == 0) {
            throw new BacktestRequestException("symbol", "no " + frame + " bars of " + id + " are stored");
        }
        if (stored > MAX_BARS) {
            boolean bounded = from != null
                    && to != null
                    && (to.toEpochMilli() - from.toEpochMilli())
                                    / frame.toDuration().toMillis()
                            <= MAX_BARS;
            if (!bounded) {
                throw new BacktestRequestException(
                        "from", stored + " bars are stored; give from and to spanning at most " + MAX_BARS + " bars");
            }
        }
    }

    private static StrategyParameters parameters(StrategyCatalog catalog, String strategy, Map<String, String> given) {
        try {
            catalog.factory(strategy);
        } catch (InvalidParameterException unknown) {
            throw new BacktestRequestException("strategy", unknown.getMessage());
        }
        Map<String, String> values = given == null ? Map.of() : given;
        if (values.size() > 32) {
            throw new BacktestRequestException("params", "at most 32 parameters");
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            if (value.getValue() == null
                    || value.getValue().length() > 64
                    || value.getKey().length() > 64) {
                throw new BacktestRequestException(
                        "params." + abbreviate(value.getKey()), "must be a value of at most 64 characters");
            }
        }
        try {
            StrategyParameters resolved = catalog.parameters(strategy, values);
            catalog.create(resolved);
            return resolved;
        } catch (IllegalArgumentException invalid) {
            throw new BacktestRequestException("params", invalid.getMessage());
        }
    }

    private static BigDecimal amount(String field, BigDecimal value, BigDecimal fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.precision() - value.scale() > 18 || value.scale() > 18) {
            throw new BacktestRequestException(field, field + " has too many digits");
        }
        return value;
    }

    private static BigDecimal bps(String field, BigDecimal value, BigDecimal fallback) {
        BigDecimal bps = amount(field, value, fallback);
        if (bps.signum() < 0 || bps.compareTo(MAX_BPS) > 0) {
            throw new BacktestRequestException(field, field + " must be between 0 and 1000");
        }
        return bps;
    }

    private static Instant time(String field, Long millis) {
        if (millis == null) {
            return null;
        }
        if (millis < 0 || millis > MAX_EPOCH_MILLIS) {
            throw new BacktestRequestException(
                    field, field + " must be epoch milliseconds between 0 and " + MAX_EPOCH_MILLIS);
        }
        return Instant.ofEpochMilli(millis);
    }

    private static Timeframe timeframe(String text) {
        if (text.length() > 12) {
            throw new BacktestRequestException("timeframe", "timeframe is not valid (1m, 15m, 4h, 1d)");
        }
        try {
            return Timeframe.parse(text.strip());
        } catch (IllegalArgumentException bad) {
            throw new BacktestRequestException("timeframe", bad.getMessage());
        }
    }

    private static String symbol(String text) {
        String symbol = text.strip();
        if (!SYMBOL.matcher(symbol).matches()) {
            throw new BacktestRequestException("symbol", "symbol is not valid, e.g. BTC-USDT or sim:BTC-USDT");
        }
        return symbol;
    }

    /** The instrument, symbol in upper case; a symbol the engine refuses is a request error. */
    private static InstrumentId instrumentId(String venue, String symbol) {
        try {
            return new InstrumentId(
                    symbol.toUpperCase(java.util.Locale.ROOT), venue.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException invalid) {
            throw new BacktestRequestException("symbol", invalid.getMessage());
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
