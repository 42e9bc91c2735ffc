package io.alphapulse.adapters.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.alphapulse.engine.data.MarketData;
import io.alphapulse.engine.data.QuoteTick;
import io.alphapulse.engine.data.TradeTick;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.OrderSide;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticMarketTest {

    private static final long START = 1_767_225_600_000_000_000L; // 2026-01-01T00:00:00Z
    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;
    private static final long DAY = 24 * 60 * MINUTE;

    private static SyntheticMarket market(long seed) {
        return new SyntheticMarket(Instruments.defaultProfiles(), seed, START);
    }

    @Test
    void advanceTo_withSameSeedAndTimes_givesTheSameEvents() {
        List<MarketData> first = market(42).advanceTo(START + 10 * MINUTE);
        List<MarketData> second = market(42).advanceTo(START + 10 * MINUTE);

        assertThat(first).hasSizeGreaterThan(1_000).isEqualTo(second);
    }

    @Test
    void advanceTo_inManySmallSteps_givesTheSameEventsAsInOne() {
        List<MarketData> inOne = market(7).advanceTo(START + 5 * MINUTE);
        SyntheticMarket stepped = market(7);
        List<MarketData> inSteps = new ArrayList<>();
        for (long time = START; time <= START + 5 * MINUTE; time += 100_000_000L + 1_234) {
            inSteps.addAll(stepped.advanceTo(time));
        }
        inSteps.addAll(stepped.advanceTo(START + 5 * MINUTE));

        assertThat(inSteps).isEqualTo(inOne);
    }

    @Test
    void advanceTo_withAnotherSeed_givesOtherEvents() {
        assertThat(market(1).advanceTo(START + MINUTE)).isNotEqualTo(market(2).advanceTo(START + MINUTE));
    }

    @Test
    void advanceTo_backwards_isRefused() {
        SyntheticMarket market = market(1);
        market.advanceTo(START + SECOND);

        assertThatThrownBy(() -> market.advanceTo(START)).isInstanceOf(IllegalArgumentException.class);
        assertThat(market.timeNanos()).isEqualTo(START + SECOND);
    }

    @Test
    void events_areTimeOrdered_withStrictlyIncreasingTradesAndCountingIdsPerInstrument() {
        List<MarketData> events = market(3).advanceTo(START + 30 * MINUTE);
        Map<InstrumentId, Long> lastTradeTime = new HashMap<>();
        Map<InstrumentId, Long> tradeCount = new HashMap<>();
        long previous = START;
        MarketData previousEvent = null;

        for (MarketData event : events) {
            assertThat(event.timestampNanos()).isGreaterThan(START).isGreaterThanOrEqualTo(previous);
            previous = event.timestampNanos();
            if (event instanceof TradeTick trade) {
                Long last = lastTradeTime.put(trade.instrumentId(), trade.timestampNanos());
                if (last != null) {
                    assertThat(trade.timestampNanos()).isGreaterThan(last);
                }
                long count = tradeCount.merge(trade.instrumentId(), 1L, Long::sum);
                assertThat(trade.tradeId())
                        .isEqualTo("SIM-" + trade.instrumentId().symbol() + "-" + count);
            } else {
                // Each quote follows its trade at the same time.
                QuoteTick quote = (QuoteTick) event;
                assertThat(previousEvent).isInstanceOf(TradeTick.class);
                assertThat(previousEvent.instrumentId()).isEqualTo(quote.instrumentId());
                assertThat(previousEvent.timestampNanos()).isEqualTo(quote.timestampNanos());
            }
            previousEvent = event;
        }
        assertThat(tradeCount)
                .containsOnlyKeys(Instruments.BTC_USDT, Instruments.ETH_USDT, Instruments.SOL_USDT, Instruments.AAPL);
        assertThat(events).last().isInstanceOf(QuoteTick.class);
    }

    @Test
    void pricesAreOnTheTick_sizesOnTheLot_andQuotesTouchTheTrade() {
        Map<InstrumentId, Instrument> instruments = new HashMap<>();
        Instruments.defaults().forEach(instrument -> instruments.put(instrument.id(), instrument));
        List<MarketData> events = market(11).advanceTo(START + 30 * MINUTE);
        TradeTick lastTrade = null;

        for (MarketData event : events) {
            Instrument instrument = instruments.get(event.instrumentId());
            switch (event) {
                case TradeTick trade -> {
                    assertThat(instrument.isOnTick(trade.price()))
                            .as("%s", trade)
                            .isTrue();
                    assertThat(trade.price().isPositive()).as("%s", trade).isTrue();
                    assertThat(instrument.isOnLot(trade.size())).as("%s", trade).isTrue();
                    assertThat(trade.size().isPositive()).as("%s", trade).isTrue();
                    lastTrade = trade;
                }
                case QuoteTick quote -> {
                    assertThat(instrument.isOnTick(quote.bid())).as("%s", quote).isTrue();
                    assertThat(instrument.isOnTick(quote.ask())).as("%s", quote).isTrue();
                    assertThat(quote.bid().isPositive()).as("%s", quote).isTrue();
                    assertThat(quote.isCrossed()).as("%s", quote).isFalse();
                    assertThat(instrument.isOnLot(quote.bidSize())
                                    && quote.bidSize().isPositive())
                            .isTrue();
                    assertThat(instrument.isOnLot(quote.askSize())
                                    && quote.askSize().isPositive())
                            .isTrue();
                    assertThat(lastTrade.aggressorSide() == OrderSide.BUY ? quote.ask() : quote.bid())
                            .isEqualTo(lastTrade.price());
                }
                default -> throw new AssertionError("unexpected event " + event);
            }
        }
    }

    @Test
    void aggressorSide_followsTheMove() {
        List<MarketData> events = market(5).advanceTo(START + 30 * MINUTE);
        Map<InstrumentId, TradeTick> previous = new HashMap<>();
        int upticks = 0;
        int downticks = 0;

        for (MarketData event : events) {
            if (event instanceof TradeTick trade) {
                TradeTick before = previous.put(trade.instrumentId(), trade);
                if (before == null) {
                    continue;
                }
                int move = trade.price().compareTo(before.price());
                if (move > 0) {
                    upticks++;
                    assertThat(trade.aggressorSide())
                            .as("%s after %s", trade, before)
                            .isEqualTo(OrderSide.BUY);
                } else if (move < 0) {
                    downticks++;
                    assertThat(trade.aggressorSide())
                            .as("%s after %s", trade, before)
                            .isEqualTo(OrderSide.SELL);
                }
            }
        }
        assertThat(upticks).isGreaterThan(100);
        assertThat(downticks).isGreaterThan(100);
    }

    @Test
    void tradeArrivals_matchTheConfiguredRate() {
        long hours = 2;
        Map<InstrumentId, Long> counts = new HashMap<>();
        market(9).advanceTo(START + hours * 60 * MINUTE, event -> {
            if (event instanceof TradeTick) {
                counts.merge(event.instrumentId(), 1L, Long::sum);
            }
        });

        for (SyntheticProfile profile : Instruments.defaultProfiles()) {
            double expected = profile.tradesPerSecond() * hours * 3600;
            // A Poisson count has standard deviation sqrt(expected): 5 of them is a generous bound.
            assertThat((double) counts.get(profile.instrument().id()))
                    .as("%s", profile.instrument().id())
                    .isCloseTo(expected, within(5 * Math.sqrt(expected)));
        }
    }

    @Test
    void realizedVolatility_ofALongRun_isTheConfiguredOne() {
        // Pure GBM, a trade every 20 s on average, sampled every 10 minutes for 60 days: 8640 returns
        // per instrument, so the estimate's relative standard error is about 0.8%; 5% is far outside it.
        List<SyntheticProfile> profiles = Instruments.defaultProfiles().stream()
                .map(profile -> profile.withMeanReversionPerYear(0).withTradesPerSecond(0.05))
                .toList();
        SyntheticMarket market = new SyntheticMarket(profiles, 2026, START);
        Map<InstrumentId, List<Double>> returns = new HashMap<>();
        Map<InstrumentId, Double> previousLog = new HashMap<>();
        long sampling = 10 * MINUTE;
        long days = 60;

        for (long time = START + sampling; time <= START + days * DAY; time += sampling) {
            market.advanceTo(time);
            for (Instrument instrument : market.instruments()) {
                double log = Math.log(market.lastPrice(instrument.id()).toDouble());
                Double before = previousLog.put(instrument.id(), log);
                if (before != null) {
                    returns.computeIfAbsent(instrument.id(), id -> new ArrayList<>())
                            .add(log - before);
                }
            }
        }

        double periodsPerYear = SyntheticMarket.NANOS_PER_YEAR / sampling;
        for (SyntheticProfile profile : profiles) {
            List<Double> series = returns.get(profile.instrument().id());
            double mean =
                    series.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double variance =
                    series.stream().mapToDouble(r -> (r - mean) * (r - mean)).sum() / (series.size() - 1);
            double realized = Math.sqrt(variance * periodsPerYear);
            assertThat(realized)
                    .as("realized volatility of %s", profile.instrument().id())
                    .isCloseTo(profile.annualVolatility(), within(0.05 * profile.annualVolatility()));
        }
    }

    @Test
    void meanReversion_keepsPricesPlausibleOverAYear() {
        SyntheticMarket market = market(13);
        for (long time = START; time <= START + 365 * DAY; time += 60 * MINUTE) {
            market.skipTo(time);
            for (SyntheticProfile profile : Instruments.defaultProfiles()) {
                double price = market.lastPrice(profile.instrument().id()).toDouble();
                double start = profile.startPrice().doubleValue();
                assertThat(price).as("%s", profile.instrument().id()).isBetween(start / 3, start * 3);
            }
        }
    }

    @Test
    void skipTo_printsNothing_andTradingResumesAfterwards() {
        SyntheticMarket market = market(17);
        market.skipTo(START + DAY);

        List<MarketData> events = market.advanceTo(START + DAY + MINUTE);

        assertThat(market.timeNanos()).isEqualTo(START + DAY + MINUTE);
        assertThat(events).isNotEmpty().allSatisfy(event -> assertThat(event.timestampNanos())
                .isGreaterThan(START + DAY));
        assertThat(events)
                .filteredOn(TradeTick.class::isInstance)
                .map(event -> ((TradeTick) event).tradeId())
                .contains("SIM-BTC-USDT-1");
    }

    @Test
    void constructor_withTheSameInstrumentTwice_isRefused() {
        SyntheticProfile btc = Instruments.defaultProfiles().getFirst();

        assertThatThrownBy(() -> new SyntheticMarket(List.of(btc, btc), 1, START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sim:BTC-USDT");
    }
}
