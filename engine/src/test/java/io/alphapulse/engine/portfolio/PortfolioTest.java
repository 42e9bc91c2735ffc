package io.alphapulse.engine.portfolio;

import static io.alphapulse.engine.portfolio.PortfolioFixtures.BNB;
import static io.alphapulse.engine.portfolio.PortfolioFixtures.BTC_USDT;
import static io.alphapulse.engine.portfolio.PortfolioFixtures.DOGE_USDT;
import static io.alphapulse.engine.portfolio.PortfolioFixtures.ETH_USD;
import static io.alphapulse.engine.portfolio.PortfolioFixtures.T0;
import static io.alphapulse.engine.portfolio.PortfolioFixtures.bnb;
import static io.alphapulse.engine.portfolio.PortfolioFixtures.buy;
import static io.alphapulse.engine.portfolio.PortfolioFixtures.price;
import static io.alphapulse.engine.portfolio.PortfolioFixtures.sell;
import static io.alphapulse.engine.portfolio.PortfolioFixtures.usd;
import static io.alphapulse.engine.portfolio.PortfolioFixtures.usdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import io.alphapulse.engine.orders.OrderFilled;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-computed scenarios: every expected amount is worked out in the comments. */
class PortfolioTest {

    private static Portfolio spot(Money... cash) {
        return new Portfolio(List.of(BTC_USDT, ETH_USD, DOGE_USDT), List.of(cash));
    }

    private static Portfolio margin(Money... cash) {
        return new Portfolio(List.of(BTC_USDT, ETH_USD, DOGE_USDT), List.of(cash), AccountType.MARGIN);
    }

    @Test
    void apply_buy_paysNotionalAndCommissionFromQuoteCash() {
        Portfolio portfolio = spot(usdt("10000"));

        // 0.4 BTC × 20000.00 = 8000 USDT notional, plus 8 USDT commission.
        portfolio.apply(buy(BTC_USDT, "0.4", "20000", usdt("8"), T0));

        assertThat(portfolio.cash(Currency.USDT)).isEqualTo(usdt("1992")); // 10000 − 8000 − 8
        assertThat(portfolio.fees(Currency.USDT)).isEqualTo(usdt("8"));
        assertThat(portfolio.positionSize(BTC_USDT.id())).isEqualTo(BTC_USDT.quantity("0.4"));
        assertThat(portfolio.positionSide(BTC_USDT.id())).isEqualTo(PositionSide.LONG);
        assertThat(portfolio.hasOpenPosition()).isTrue();
        // Never marked: valued at the fill price, so equity is cash + 8000 and nothing is unrealized.
        assertThat(portfolio.equity(Currency.USDT)).isEqualTo(usdt("9992"));
        assertThat(portfolio.unrealizedPnl(BTC_USDT.id())).isEqualTo(usdt("0"));
        Position position = portfolio.positions().get(BTC_USDT.id());
        assertThat(position.costBasis()).isEqualTo(usdt("8000"));
        assertThat(position.averageEntryPrice()).isEqualTo(price(BTC_USDT, "20000"));
        assertThat(portfolio.roundTrips()).isEmpty();
    }

    @Test
    void mark_revaluesTheOpenPosition() {
        Portfolio portfolio = spot(usdt("10000"));
        portfolio.apply(buy(BTC_USDT, "0.4", "20000", usdt("8"), T0));

        portfolio.mark(BTC_USDT.id(), price(BTC_USDT, "21000.5"));

        // 0.4 × 21000.50 = 8400.20; equity = 1992 + 8400.20; unrealized = 8400.20 − 8000.
        assertThat(portfolio.equity(Currency.USDT)).isEqualTo(usdt("10392.2"));
        assertThat(portfolio.equityRaw(Currency.USDT)).isEqualTo(1_039_220_000_000L);
        assertThat(portfolio.unrealizedPnl(BTC_USDT.id())).isEqualTo(usdt("400.2"));
        Position position = portfolio.positions().get(BTC_USDT.id());
        assertThat(position.markPrice()).isEqualTo(price(BTC_USDT, "21000.5"));
        assertThat(position.marketValue()).isEqualTo(usdt("8400.2"));
    }

    @Test
    void apply_partialSells_realizeAgainstTheAverageCostAndCloseOneRoundTrip() {
        Portfolio portfolio = spot(usdt("1000"));

        portfolio.apply(buy(BTC_USDT, "1", "100", usdt("0.1"), T0)); // basis 100
        portfolio.apply(buy(BTC_USDT, "1", "110", usdt("0.11"), T0 + 1)); // basis 210, average 105
        assertThat(portfolio.positions().get(BTC_USDT.id()).averageEntryPrice()).isEqualTo(price(BTC_USDT, "105"));

        // Sell 0.5 @ 120: proceeds 60, releases 210 × 0.5 / 2 = 52.5 of basis, realizes 7.5.
        portfolio.apply(sell(BTC_USDT, "0.5", "120", usdt("0.06"), T0 + 2));
        assertThat(portfolio.realizedPnl(Currency.USDT)).isEqualTo(usdt("7.5"));
        assertThat(portfolio.positions().get(BTC_USDT.id()).costBasis()).isEqualTo(usdt("157.5"));
        assertThat(portfolio.positionSize(BTC_USDT.id())).isEqualTo(BTC_USDT.quantity("1.5"));
        assertThat(portfolio.roundTrips()).isEmpty();

        // Sell the remaining 1.5 @ 90: proceeds 135, releases the last 157.5, realizes −22.5.
        portfolio.apply(sell(BTC_USDT, "1.5", "90", usdt("0.135"), T0 + 3));

        assertThat(portfolio.realizedPnl(Currency.USDT)).isEqualTo(usdt("-15")); // 7.5 − 22.5
        assertThat(portfolio.fees(Currency.USDT)).isEqualTo(usdt("0.405")); // 0.1 + 0.11 + 0.06 + 0.135
        // 1000 − 100 − 110 + 60 + 135 − 0.405 = 984.595
        assertThat(portfolio.cash(Currency.USDT)).isEqualTo(usdt("984.595"));
        assertThat(portfolio.positionSide(BTC_USDT.id())).isEqualTo(PositionSide.FLAT);
        assertThat(portfolio.positions()).isEmpty();
        assertThat(portfolio.hasOpenPosition()).isFalse();
        assertThat(portfolio.roundTrips())
                .containsExactly(new RoundTrip(
                        BTC_USDT.id(),
                        PositionSide.LONG,
                        T0,
                        T0 + 3,
                        BTC_USDT.quantity("2"), // the largest size held
                        price(BTC_USDT, "105"), // (100 × 1 + 110 × 1) / 2
                        price(BTC_USDT, "97.5"), // (120 × 0.5 + 90 × 1.5) / 2 = 195 / 2
                        usdt("-15.405"), // −15 gross − 0.405 fees of all four fills
                        usdt("0.405")));
    }

    @Test
    void apply_averagingUpWithRoundedNotionals_keepsTheExactCostBasis() {
        Portfolio portfolio = spot(usd("5000"));

        // 0.3333 × 1000.01 = 333.303333 → 333.30 USD; 0.6667 × 1500.00 = 1000.05 USD.
        portfolio.apply(buy(ETH_USD, "0.3333", "1000.01", usd("0"), T0));
        portfolio.apply(buy(ETH_USD, "0.6667", "1500", usd("0"), T0 + 1));
        Position position = portfolio.positions().get(ETH_USD.id());
        assertThat(position.costBasis()).isEqualTo(usd("1333.35"));
        assertThat(position.averageEntryPrice()).isEqualTo(price(ETH_USD, "1333.35")); // 1333.35 / 1.0000
        assertThat(portfolio.cash(Currency.USD)).isEqualTo(usd("3666.65"));

        // Half of a 1333.35 basis is 666.675, a tie, rounded half-even to 666.68: realizes
        // 1000.00 − 666.68 and leaves 666.67.
        portfolio.apply(sell(ETH_USD, "0.5", "2000", usd("0"), T0 + 2));
        assertThat(portfolio.realizedPnl(Currency.USD)).isEqualTo(usd("333.32"));
        assertThat(portfolio.positions().get(ETH_USD.id()).costBasis()).isEqualTo(usd("666.67"));

        // The closing fill releases exactly what is left: realizes 1000.00 − 666.67 = 333.33.
        portfolio.apply(sell(ETH_USD, "0.5", "2000", usd("0"), T0 + 3));
        // The whole trip is exact, whatever the split: 2000.00 received − 1333.35 paid.
        assertThat(portfolio.realizedPnl(Currency.USD)).isEqualTo(usd("666.65"));
        assertThat(portfolio.cash(Currency.USD)).isEqualTo(usd("5666.65"));
        RoundTrip trip = portfolio.roundTrips().getFirst();
        // Entry average from the fill prices, not the rounded notionals:
        // (1000.01 × 0.3333 + 1500.00 × 0.6667) / 1.0000 = 1333.353333 → 1333.35.
        assertThat(trip.entryPrice()).isEqualTo(price(ETH_USD, "1333.35"));
        assertThat(trip.exitPrice()).isEqualTo(price(ETH_USD, "2000"));
        assertThat(trip.quantity()).isEqualTo(ETH_USD.quantity("1"));
        assertThat(trip.pnl()).isEqualTo(usd("666.65"));
    }

    @Test
    void roundTrip_averagePrices_roundHalfEvenToThePriceScale() {
        Portfolio portfolio = spot(usd("5000"));

        // Entry (100.01 × 0.0001 + 100.02 × 0.0001) / 0.0002 = 100.015 → 100.02 (half-even, 1 is odd);
        // exit (100.03 + 100.04) / 2 = 100.035 → 100.04 (3 is odd). Second trip: entry
        // (100.02 + 100.03) / 2 = 100.025 → 100.02 (2 is even), exit 100.00.
        portfolio.apply(buy(ETH_USD, "0.0001", "100.01", usd("0"), T0));
        portfolio.apply(buy(ETH_USD, "0.0001", "100.02", usd("0"), T0 + 1));
        portfolio.apply(sell(ETH_USD, "0.0001", "100.03", usd("0"), T0 + 2));
        portfolio.apply(sell(ETH_USD, "0.0001", "100.04", usd("0"), T0 + 3));
        portfolio.apply(buy(ETH_USD, "0.0001", "100.02", usd("0"), T0 + 4));
        portfolio.apply(buy(ETH_USD, "0.0001", "100.03", usd("0"), T0 + 5));
        portfolio.apply(sell(ETH_USD, "0.0002", "100", usd("0"), T0 + 6));

        assertThat(portfolio.roundTrips())
                .extracting(RoundTrip::entryPrice, RoundTrip::exitPrice)
                .containsExactly(
                        tuple(price(ETH_USD, "100.02"), price(ETH_USD, "100.04")),
                        tuple(price(ETH_USD, "100.02"), price(ETH_USD, "100")));
    }

    @Test
    void roundTrip_addingAfterAPartialExit_staysOneTripSizedByTheLargestHolding() {
        Portfolio portfolio = spot(usdt("10000"));

        portfolio.apply(buy(BTC_USDT, "2", "100", usdt("0.2"), T0)); // holds 2
        portfolio.apply(sell(BTC_USDT, "1", "110", usdt("0.11"), T0 + 1)); // holds 1, realizes 10
        portfolio.apply(buy(BTC_USDT, "2", "130", usdt("0.26"), T0 + 2)); // holds 3: basis 100 + 260 = 360
        portfolio.apply(sell(BTC_USDT, "3", "120", usdt("0.36"), T0 + 3)); // realizes 360 − 360 = 0

        assertThat(portfolio.roundTrips())
                .containsExactly(new RoundTrip(
                        BTC_USDT.id(),
                        PositionSide.LONG,
                        T0,
                        T0 + 3,
                        BTC_USDT.quantity("3"),
                        price(BTC_USDT, "115"), // (2 × 100 + 2 × 130) / 4 = 460 / 4
                        price(BTC_USDT, "117.5"), // (1 × 110 + 3 × 120) / 4 = 470 / 4
                        usdt("9.07"), // 10 + 0 − (0.2 + 0.11 + 0.26 + 0.36)
                        usdt("0.93")));
    }

    @Test
    void apply_fillThroughZero_onMargin_splitsIntoCloseAndOpen() {
        Portfolio portfolio = margin(usdt("1000"));
        portfolio.apply(buy(BTC_USDT, "1", "100", usdt("0.1"), T0));

        // Sell 3 @ 110, commission 0.33: closes the long 1 (proceeds 110, realizes 10, fee share
        // 0.33 × 1/3 = 0.11) and opens a short 2 (received 220, fee share 0.22).
        portfolio.apply(sell(BTC_USDT, "3", "110", usdt("0.33"), T0 + 1));

        assertThat(portfolio.positionSide(BTC_USDT.id())).isEqualTo(PositionSide.SHORT);
        assertThat(portfolio.positionSize(BTC_USDT.id())).isEqualTo(BTC_USDT.quantity("2"));
        assertThat(portfolio.positions().get(BTC_USDT.id()).costBasis()).isEqualTo(usdt("-220"));
        assertThat(portfolio.realizedPnl(Currency.USDT)).isEqualTo(usdt("10"));
        assertThat(portfolio.roundTrips())
                .containsExactly(new RoundTrip(
                        BTC_USDT.id(),
                        PositionSide.LONG,
                        T0,
                        T0 + 1,
                        BTC_USDT.quantity("1"),
                        price(BTC_USDT, "100"),
                        price(BTC_USDT, "110"),
                        usdt("9.79"), // 10 − 0.10 − 0.11
                        usdt("0.21")));

        // Cover 2 @ 105: pays 210 against a basis of −220, realizes 10.
        portfolio.apply(buy(BTC_USDT, "2", "105", usdt("0.21"), T0 + 2));

        assertThat(portfolio.positionSide(BTC_USDT.id())).isEqualTo(PositionSide.FLAT);
        assertThat(portfolio.realizedPnl(Currency.USDT)).isEqualTo(usdt("20"));
        // 1000 − 100 + 330 − 210 − (0.1 + 0.33 + 0.21) = 1019.36
        assertThat(portfolio.cash(Currency.USDT)).isEqualTo(usdt("1019.36"));
        assertThat(portfolio.roundTrips().get(1))
                .isEqualTo(new RoundTrip(
                        BTC_USDT.id(),
                        PositionSide.SHORT,
                        T0 + 1, // opened by the flipping fill
                        T0 + 2,
                        BTC_USDT.quantity("2"),
                        price(BTC_USDT, "110"),
                        price(BTC_USDT, "105"),
                        usdt("9.57"), // 10 − 0.22 − 0.21
                        usdt("0.43")));
    }

    @Test
    void apply_flipWithRoundedNotional_losesNoCash() {
        Portfolio portfolio = margin(usd("1000"));
        portfolio.apply(buy(ETH_USD, "0.0001", "50", usd("0"), T0)); // 0.005 → 0.00 USD paid (half-even)

        // Sell 0.0003 @ 50: the fill's notional 0.015 → 0.02 is received. The close of 0.0001 gets
        // its own rounded notional 0.005 → 0.00 (realizes 0.00 − 0.00); the short 0.0002 opens with
        // the remaining 0.02 as its basis.
        portfolio.apply(sell(ETH_USD, "0.0003", "50", usd("0"), T0 + 1));
        assertThat(portfolio.positions().get(ETH_USD.id()).costBasis()).isEqualTo(usd("-0.02"));

        portfolio.apply(buy(ETH_USD, "0.0002", "50", usd("0"), T0 + 2)); // pays 0.01, realizes 0.01

        assertThat(portfolio.cash(Currency.USD)).isEqualTo(usd("1000.01")); // 1000 − 0.00 + 0.02 − 0.01
        assertThat(portfolio.realizedPnl(Currency.USD)).isEqualTo(usd("0.01")); // = cash − initial, exactly
        assertThat(portfolio.roundTrips()).extracting(RoundTrip::pnl).containsExactly(usd("0"), usd("0.01"));
    }

    @Test
    void apply_shortOnMargin_gainsWhenThePriceFalls() {
        Portfolio portfolio = margin(usdt("1000"));

        portfolio.apply(sell(BTC_USDT, "1", "100", usdt("0"), T0)); // receives 100
        portfolio.mark(BTC_USDT.id(), price(BTC_USDT, "90"));

        assertThat(portfolio.cash(Currency.USDT)).isEqualTo(usdt("1100"));
        // Value −90 at the mark minus a basis of −100 received.
        assertThat(portfolio.unrealizedPnl(BTC_USDT.id())).isEqualTo(usdt("10"));
        assertThat(portfolio.equity(Currency.USDT)).isEqualTo(usdt("1010")); // 1100 − 1 × 90
        Position position = portfolio.positions().get(BTC_USDT.id());
        assertThat(position.side()).isEqualTo(PositionSide.SHORT);
        assertThat(position.marketValue()).isEqualTo(usdt("-90"));
        assertThat(position.averageEntryPrice()).isEqualTo(price(BTC_USDT, "100"));
    }

    @Test
    void apply_commissionInAnotherCurrency_isPaidFromThatCashAndKeptOutOfTheTradePnl() {
        Portfolio portfolio = spot(usdt("1000"), bnb("1"));

        portfolio.apply(buy(BTC_USDT, "1", "100", bnb("0.001"), T0));
        portfolio.apply(sell(BTC_USDT, "1", "120", bnb("0.0012"), T0 + 1));

        assertThat(portfolio.cash(Currency.USDT)).isEqualTo(usdt("1020")); // no USDT fee
        assertThat(portfolio.cash(BNB)).isEqualTo(bnb("0.9978")); // 1 − 0.001 − 0.0012
        assertThat(portfolio.fees(BNB)).isEqualTo(bnb("0.0022"));
        assertThat(portfolio.fees(Currency.USDT)).isEqualTo(usdt("0"));
        assertThat(portfolio.roundTrips().getFirst().pnl()).isEqualTo(usdt("20"));
        assertThat(portfolio.roundTrips().getFirst().fees()).isEqualTo(usdt("0"));
        assertThat(portfolio.currencies()).containsExactly(Currency.USDT, BNB, Currency.USD);
    }

    @Test
    void apply_commissionInACurrencyNotHeld_onSpot_isRefused() {
        Portfolio portfolio = spot(usdt("1000"));
        OrderFilled fill = buy(BTC_USDT, "1", "100", bnb("0.001"), T0);

        assertThatThrownBy(() -> portfolio.apply(fill))
                .isInstanceOf(FillRefusedException.class)
                .hasMessageContaining("T-" + T0)
                .hasMessageContaining("-0.00100000 BNB");
        assertThat(portfolio.currencies()).doesNotContain(BNB);
        assertThat(portfolio.positionSide(BTC_USDT.id())).isEqualTo(PositionSide.FLAT);
    }

    @Test
    void apply_commissionInACurrencyNotHeld_onMargin_goesNegative() {
        Portfolio portfolio = margin(usdt("1000"));

        portfolio.apply(buy(BTC_USDT, "1", "100", bnb("0.001"), T0));

        assertThat(portfolio.cash(BNB)).isEqualTo(bnb("-0.001"));
        assertThat(portfolio.fees(BNB)).isEqualTo(bnb("0.001"));
    }

    @Test
    void apply_rebate_addsCashAndReducesFees() {
        Portfolio portfolio = spot(usdt("100"));

        portfolio.apply(buy(BTC_USDT, "1", "100", usdt("-0.02"), T0)); // maker rebate

        assertThat(portfolio.cash(Currency.USDT)).isEqualTo(usdt("0.02"));
        assertThat(portfolio.fees(Currency.USDT)).isEqualTo(usdt("-0.02"));
    }

    @Test
    void apply_sellBeyondPosition_onSpot_isRefused() {
        Portfolio portfolio = spot(usdt("1000"));
        portfolio.apply(buy(BTC_USDT, "1.5", "100", usdt("0.15"), T0));
        Snapshot before = Snapshot.of(portfolio);
        OrderFilled oversell = sell(BTC_USDT, "2", "100", usdt("0.2"), T0 + 1);

        assertThatThrownBy(() -> portfolio.apply(oversell))
                .isInstanceOf(FillRefusedException.class)
                .hasMessageContaining("T-" + (T0 + 1))
                .hasMessageContaining("sells 2.00000 but the spot account holds 1.50000 sim:BTC-USDT")
                .satisfies(refused ->
                        assertThat(((FillRefusedException) refused).fill()).isEqualTo(oversell));
        assertThat(Snapshot.of(portfolio)).isEqualTo(before);
    }

    @Test
    void apply_buyBeyondCash_onSpot_isRefused() {
        Portfolio portfolio = spot(usdt("100"));
        Snapshot before = Snapshot.of(portfolio);

        // 1 × 100 + 0.1 commission needs 100.1 USDT.
        assertThatThrownBy(() -> portfolio.apply(buy(BTC_USDT, "1", "100", usdt("0.1"), T0)))
                .isInstanceOf(FillRefusedException.class)
                .hasMessageContaining("-0.10000000 USDT")
                .hasMessageContaining("100.00000000 USDT");
        assertThat(Snapshot.of(portfolio)).isEqualTo(before);

        portfolio.apply(buy(BTC_USDT, "1", "100", usdt("0"), T0)); // exactly all the cash is fine
        assertThat(portfolio.cash(Currency.USDT)).isEqualTo(usdt("0"));
    }

    @Test
    void apply_unknownInstrument_isRefused() {
        Portfolio portfolio = new Portfolio(List.of(BTC_USDT), List.of(usdt("1000")));

        assertThatThrownBy(() -> portfolio.apply(buy(ETH_USD, "1", "100", usd("0"), T0)))
                .isInstanceOf(FillRefusedException.class)
                .hasMessageContaining("no instrument sim:ETH-USD");
    }

    @Test
    void apply_priceOffTheInstrumentScale_isRefused() {
        Portfolio portfolio = spot(usdt("1000"));
        OrderFilled offScale = PortfolioFixtures.fill(
                BTC_USDT, OrderSide.BUY, BTC_USDT.quantity("1"), Price.of("100", 3), usdt("0"), T0);

        assertThatThrownBy(() -> portfolio.apply(offScale))
                .isInstanceOf(FillRefusedException.class)
                .hasMessageContaining("scales 2 and 5")
                .hasMessageContaining("were 3 and 5");
    }

    @Test
    void apply_exitBeforeTheEntry_isRefused() {
        Portfolio portfolio = spot(usdt("1000"));
        portfolio.apply(buy(BTC_USDT, "1", "100", usdt("0"), T0 + 10));
        Snapshot before = Snapshot.of(portfolio);

        assertThatThrownBy(() -> portfolio.apply(sell(BTC_USDT, "1", "100", usdt("0"), T0)))
                .isInstanceOf(FillRefusedException.class)
                .hasMessageContaining("before the entry at " + (T0 + 10));
        assertThat(Snapshot.of(portfolio)).isEqualTo(before);
    }

    @Test
    void mark_flatInstrument_leavesEquityAtCash() {
        Portfolio portfolio = spot(usdt("1000"));

        portfolio.mark(BTC_USDT.id(), price(BTC_USDT, "50000"));

        assertThat(portfolio.equityRaw(Currency.USDT)).isEqualTo(100_000_000_000L);
        assertThat(portfolio.unrealizedPnl(BTC_USDT.id())).isEqualTo(usdt("0"));
    }

    @Test
    void mark_beforeTheFill_valuesTheNewPositionAtTheMarkNotTheFillPrice() {
        Portfolio portfolio = spot(usdt("1000"));
        portfolio.mark(BTC_USDT.id(), price(BTC_USDT, "90"));

        portfolio.apply(buy(BTC_USDT, "1", "100", usdt("0"), T0));

        assertThat(portfolio.equity(Currency.USDT)).isEqualTo(usdt("990")); // 900 + 1 × 90
        assertThat(portfolio.unrealizedPnl(BTC_USDT.id())).isEqualTo(usdt("-10"));
    }

    @Test
    void equity_roundsEachPositionValueHalfEvenToTheCurrencyScale() {
        Portfolio portfolio = spot(usd("1000"));
        portfolio.apply(buy(ETH_USD, "0.0005", "1", usd("0"), T0)); // 0.0005 → 0.00 USD paid

        portfolio.mark(ETH_USD.id(), price(ETH_USD, "30")); // 0.0005 × 30 = 0.015 → 0.02 (half-even)
        assertThat(portfolio.equity(Currency.USD)).isEqualTo(usd("1000.02"));
        portfolio.mark(ETH_USD.id(), price(ETH_USD, "50")); // 0.025 → 0.02
        assertThat(portfolio.equity(Currency.USD)).isEqualTo(usd("1000.02"));
    }

    @Test
    void equity_countsOnlyPositionsQuotedInTheCurrency() {
        Portfolio portfolio = spot(usdt("1000"), usd("1000"));
        portfolio.apply(buy(BTC_USDT, "1", "100", usdt("0"), T0));
        portfolio.apply(buy(ETH_USD, "1", "100", usd("0"), T0 + 1));
        portfolio.apply(buy(DOGE_USDT, "10", "3", usdt("0"), T0 + 2));

        portfolio.mark(BTC_USDT.id(), price(BTC_USDT, "110"));
        portfolio.mark(ETH_USD.id(), price(ETH_USD, "80"));
        portfolio.mark(DOGE_USDT.id(), price(DOGE_USDT, "4"));

        assertThat(portfolio.equity(Currency.USDT)).isEqualTo(usdt("1020")); // 1000 − 100 − 30 + 110 + 10 × 4
        assertThat(portfolio.equity(Currency.USD)).isEqualTo(usd("980")); // 900 + 80
        assertThat(portfolio.equity(Currency.EUR)).isEqualTo(Money.zero(Currency.EUR));
        assertThat(portfolio.positions().keySet()).containsExactly(BTC_USDT.id(), ETH_USD.id(), DOGE_USDT.id());
    }

    @Test
    void mark_priceOffScale_isRefused() {
        Portfolio portfolio = spot(usdt("1000"));

        assertThatThrownBy(() -> portfolio.mark(BTC_USDT.id(), Price.of("1", 4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("price scale 2");
    }

    @Test
    void readingAnUnknownInstrument_isRefusedNamingIt() {
        Portfolio portfolio = spot(usdt("1000"));
        InstrumentId unknown = InstrumentId.parse("sim:SOL-USDT");

        assertThatThrownBy(() -> portfolio.positionSize(unknown))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sim:SOL-USDT");
        assertThatThrownBy(() -> portfolio.mark(unknown, Price.of("1", 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructor_refusesDuplicatesAndNegativeCash() {
        assertThatThrownBy(() -> new Portfolio(List.of(BTC_USDT, BTC_USDT), List.of(usdt("1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sim:BTC-USDT");
        assertThatThrownBy(() -> new Portfolio(List.of(BTC_USDT), List.of(usdt("1"), usdt("2"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USDT");
        assertThatThrownBy(() -> new Portfolio(List.of(BTC_USDT), List.of(usdt("-1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1.00000000 USDT");
    }

    @Test
    void newPortfolio_isFlatWithItsCash() {
        Portfolio portfolio = spot(usdt("1000"));

        assertThat(portfolio.accountType()).isEqualTo(AccountType.SPOT);
        assertThat(portfolio.cash(Currency.USDT)).isEqualTo(usdt("1000"));
        assertThat(portfolio.cash(BNB)).isEqualTo(bnb("0"));
        assertThat(portfolio.equity(Currency.USDT)).isEqualTo(usdt("1000"));
        assertThat(portfolio.positionSize(BTC_USDT.id())).isEqualTo(Quantity.zero(5));
        assertThat(portfolio.hasOpenPosition()).isFalse();
        assertThat(portfolio.currencies()).isEqualTo(Set.of(Currency.USDT, Currency.USD));
        assertThat(portfolio.positions()).isEqualTo(Map.of());
    }

    @Test
    void snapshots_doNotChangeWithLaterFills() {
        Portfolio portfolio = spot(usdt("1000"));
        portfolio.apply(buy(BTC_USDT, "1", "100", usdt("0"), T0));
        Map<InstrumentId, Position> positions = portfolio.positions();
        List<RoundTrip> trips = portfolio.roundTrips();

        portfolio.apply(sell(BTC_USDT, "1", "100", usdt("0"), T0 + 1));

        assertThat(positions).containsKey(BTC_USDT.id());
        assertThat(trips).isEmpty();
        assertThatThrownBy(() -> portfolio.roundTrips().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
