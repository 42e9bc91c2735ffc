package io.alphapulse.engine.portfolio;

import static io.alphapulse.engine.portfolio.PortfolioFixtures.BNB;
import static io.alphapulse.engine.portfolio.PortfolioFixtures.BTC_USDT;
import static io.alphapulse.engine.portfolio.PortfolioFixtures.DOGE_USDT;
import static io.alphapulse.engine.portfolio.PortfolioFixtures.ETH_USD;
import static io.alphapulse.engine.portfolio.PortfolioFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Instrument;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.OrderFilled;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;

/**
 * Accounting invariants over random fill and mark sequences on three instruments: one whose
 * notionals are exact (BTC-USDT), one whose notionals are rounded (ETH-USD) and one whose values
 * have fewer decimals than the currency (DOGE-USDT), with commissions in the quote currency or BNB.
 */
class PortfolioPropertiesTest {

    private static final List<Instrument> INSTRUMENTS = List.of(BTC_USDT, ETH_USD, DOGE_USDT);
    private static final List<Money> INITIAL_CASH =
            List.of(Money.of("5000", Currency.USDT), Money.of("5000", Currency.USD), Money.of("1", BNB));

    /** One step of a run: a fill, or a mark when {@code mark} is set. */
    record Step(boolean mark, int instrument, OrderSide side, long lots, long ticks, long commission, boolean inBnb) {

        Instrument instrumentOf() {
            return INSTRUMENTS.get(instrument);
        }

        Price price() {
            Instrument instrument = instrumentOf();
            return new Price(ticks * instrument.priceIncrement().raw(), instrument.priceScale());
        }

        OrderFilled fill(long time) {
            Instrument instrument = instrumentOf();
            Currency currency = inBnb ? BNB : instrument.quoteCurrency();
            // Commissions are tiny and occasionally a rebate, in units of the currency's last digit.
            Money commissionAmount = new Money(commission, currency);
            Quantity quantity = new Quantity(lots * instrument.sizeIncrement().raw(), instrument.sizeScale());
            return PortfolioFixtures.fill(instrument, side, quantity, price(), commissionAmount, time);
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                        Arbitraries.integers().between(0, 9).map(n -> n < 3),
                        Arbitraries.integers().between(0, INSTRUMENTS.size() - 1),
                        Arbitraries.of(OrderSide.class),
                        Arbitraries.longs().between(1, 10_000),
                        Arbitraries.longs().between(1, 20_000),
                        Arbitraries.longs().between(-50, 2_000),
                        Arbitraries.integers().between(0, 9).map(n -> n == 0))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(60).withSizeDistribution(RandomDistribution.uniform());
    }

    @Property(tries = 400)
    void randomRuns_onMargin_keepEveryAccountingIdentity(@ForAll("steps") List<Step> steps) {
        Portfolio portfolio = new Portfolio(INSTRUMENTS, INITIAL_CASH, AccountType.MARGIN);
        long time = T0;
        for (Step step : steps) {
            if (step.mark()) {
                portfolio.mark(step.instrumentOf().id(), step.price());
            } else {
                portfolio.apply(step.fill(time++));
            }
            assertIdentities(portfolio);
        }
        // Close everything: then the trips account for every realized unit and every quote fee.
        for (Instrument instrument : INSTRUMENTS) {
            Quantity held = portfolio.positionSize(instrument.id());
            if (held.isPositive()) {
                OrderSide side =
                        portfolio.positionSide(instrument.id()) == PositionSide.LONG ? OrderSide.SELL : OrderSide.BUY;
                portfolio.apply(PortfolioFixtures.fill(
                        instrument,
                        side,
                        held,
                        instrument.price("1.00"),
                        Money.zero(instrument.quoteCurrency()),
                        time++));
            }
        }
        assertIdentities(portfolio);
        assertThat(portfolio.hasOpenPosition()).isFalse();
        for (Currency quote : List.of(Currency.USDT, Currency.USD)) {
            Money tripPnl = Money.zero(quote);
            Money tripFees = Money.zero(quote);
            for (RoundTrip trip : portfolio.roundTrips()) {
                if (trip.pnl().currency().equals(quote)) {
                    tripPnl = tripPnl.add(trip.pnl());
                    tripFees = tripFees.add(trip.fees());
                }
            }
            assertThat(tripFees).isEqualTo(portfolio.fees(quote));
            assertThat(tripPnl).isEqualTo(portfolio.realizedPnl(quote).subtract(portfolio.fees(quote)));
        }
    }

    @Property(tries = 400)
    void randomRuns_onSpot_refuseExactlyTheFillsThatOversellOrOverspend(@ForAll("steps") List<Step> steps) {
        Portfolio portfolio = new Portfolio(INSTRUMENTS, INITIAL_CASH, AccountType.SPOT);
        long time = T0;
        for (Step step : steps) {
            if (step.mark()) {
                portfolio.mark(step.instrumentOf().id(), step.price());
                continue;
            }
            OrderFilled fill = step.fill(time++);
            Instrument instrument = step.instrumentOf();
            Money notional = instrument.notional(fill.lastPrice(), fill.lastQuantity());
            Money quoteAfter = fill.side() == OrderSide.BUY
                    ? portfolio.cash(instrument.quoteCurrency()).subtract(notional)
                    : portfolio.cash(instrument.quoteCurrency()).add(notional);
            Money commissionCashAfter;
            if (fill.commission().currency().equals(instrument.quoteCurrency())) {
                quoteAfter = quoteAfter.subtract(fill.commission());
                commissionCashAfter = quoteAfter;
            } else {
                commissionCashAfter = portfolio.cash(BNB).subtract(fill.commission());
            }
            boolean oversells = fill.side() == OrderSide.SELL
                    && fill.lastQuantity().isGreaterThan(portfolio.positionSize(instrument.id()));
            boolean acceptable = !oversells && !quoteAfter.isNegative() && !commissionCashAfter.isNegative();

            if (acceptable) {
                portfolio.apply(fill);
            } else {
                Snapshot before = Snapshot.of(portfolio);
                assertThatThrownBy(() -> portfolio.apply(fill)).isInstanceOf(FillRefusedException.class);
                assertThat(Snapshot.of(portfolio)).isEqualTo(before);
            }
            for (Currency currency : portfolio.currencies()) {
                assertThat(portfolio.cash(currency).isNegative()).isFalse();
            }
            for (Instrument held : INSTRUMENTS) {
                assertThat(portfolio.positionSide(held.id())).isNotEqualTo(PositionSide.SHORT);
            }
            assertIdentities(portfolio);
        }
    }

    @Property(tries = 1000)
    void positionValue_equalsTheSignedNotionalAtTheMark(
            @ForAll("anyRaw") long sizeRaw, @ForAll("anyRaw") long markRaw) {
        for (Instrument instrument : INSTRUMENTS) {
            PositionAccount position = new PositionAccount(instrument, new CurrencyAccount(instrument.quoteCurrency()));
            BigDecimal exact = BigDecimal.valueOf(sizeRaw, instrument.sizeScale())
                    .multiply(BigDecimal.valueOf(markRaw, instrument.priceScale()))
                    .setScale(instrument.quoteCurrency().scale(), RoundingMode.HALF_EVEN);
            if (exact.unscaledValue().bitLength() <= 63) {
                assertThat(position.valueAt(sizeRaw, markRaw))
                        .isEqualTo(exact.unscaledValue().longValueExact());
            } else {
                assertThatThrownBy(() -> position.valueAt(sizeRaw, markRaw)).isInstanceOf(ArithmeticException.class);
            }
        }
    }

    @Provide
    Arbitrary<Long> anyRaw() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L),
                Arbitraries.longs(),
                Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE + 1, 5L, -5L, 15L, -15L, 25L, -25L));
    }

    /**
     * The identities that must hold at any moment, each against a reference computed here from the
     * public model types rather than from the portfolio's own totals.
     */
    private static void assertIdentities(Portfolio portfolio) {
        Map<Currency, Money> positionValues = new HashMap<>();
        Map<Currency, Money> costBases = new HashMap<>();
        Map<Currency, Money> unrealized = new HashMap<>();
        for (Position position : portfolio.positions().values()) {
            Instrument instrument = INSTRUMENTS.stream()
                    .filter(candidate -> candidate.id().equals(position.instrumentId()))
                    .findFirst()
                    .orElseThrow();
            Currency quote = instrument.quoteCurrency();
            Money notional = instrument.notional(position.markPrice(), position.quantity());
            Money value = position.side() == PositionSide.LONG ? notional : notional.negate();
            assertThat(position.marketValue()).isEqualTo(value);
            assertThat(position.unrealizedPnl()).isEqualTo(value.subtract(position.costBasis()));
            assertThat(portfolio.unrealizedPnl(position.instrumentId())).isEqualTo(position.unrealizedPnl());
            assertThat(position.costBasis().signum()).isIn(0, position.side() == PositionSide.LONG ? 1 : -1);
            positionValues.merge(quote, value, Money::add);
            costBases.merge(quote, position.costBasis(), Money::add);
            unrealized.merge(quote, position.unrealizedPnl(), Money::add);
        }
        for (Currency currency : portfolio.currencies()) {
            Money zero = Money.zero(currency);
            Money cash = portfolio.cash(currency);
            Money initial = INITIAL_CASH.stream()
                    .filter(amount -> amount.currency().equals(currency))
                    .findFirst()
                    .orElse(zero);
            Money equity = portfolio.equity(currency);
            // Equity is cash plus the positions valued at their marks.
            assertThat(equity).isEqualTo(cash.add(positionValues.getOrDefault(currency, zero)));
            assertThat(portfolio.equityRaw(currency)).isEqualTo(equity.raw());
            // No fee is ever lost: what came in and went out is exactly in cash and open cost bases.
            assertThat(initial.add(portfolio.realizedPnl(currency)).subtract(portfolio.fees(currency)))
                    .isEqualTo(cash.add(costBases.getOrDefault(currency, zero)));
            // Hence equity splits into start, realized, unrealized and fees.
            assertThat(equity)
                    .isEqualTo(initial.add(portfolio.realizedPnl(currency))
                            .subtract(portfolio.fees(currency))
                            .add(unrealized.getOrDefault(currency, zero)));
        }
        assertThat(portfolio.hasOpenPosition()).isEqualTo(!portfolio.positions().isEmpty());
    }
}
