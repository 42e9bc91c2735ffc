package io.alphapulse.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.engine.model.InstrumentId;
import io.alphapulse.engine.model.OrderSide;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import org.junit.jupiter.api.Test;

/** Construction rules of the market data records. */
class MarketDataTest {

    private static final InstrumentId BTC = InstrumentId.parse("sim:BTC-USDT");
    private static final long OPEN = 1_700_000_000_000_000_000L;
    private static final long CLOSE = OPEN + Timeframe.ONE_MINUTE.durationNanos();

    private static Price price(String text) {
        return Price.of(text, 2);
    }

    private static Quantity size(String text) {
        return Quantity.of(text, 3);
    }

    private static Bar bar(String open, String high, String low, String close) {
        return new Bar(
                BTC,
                Timeframe.ONE_MINUTE,
                OPEN,
                price(open),
                price(high),
                price(low),
                price(close),
                size("1.5"),
                CLOSE);
    }

    @Test
    void bar_valid_keepsItsFields() {
        Bar bar = bar("100", "110", "90", "105");
        assertThat(bar.timestampNanos()).isEqualTo(CLOSE);
        assertThat(bar.instrumentId()).isEqualTo(BTC);
        assertThat(bar.priceScale()).isEqualTo(2);
        assertThat(bar).isInstanceOf(MarketData.class);
    }

    @Test
    void bar_highBelowLow_isRefused() {
        assertThatThrownBy(() -> bar("100", "90", "110", "100"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("high 90.00 below low 110.00");
    }

    @Test
    void bar_openOrCloseOutsideTheRange_isRefused() {
        assertThatThrownBy(() -> bar("111", "110", "90", "100"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("open 111.00");
        assertThatThrownBy(() -> bar("100", "110", "90", "89.99"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("close 89.99");
    }

    @Test
    void bar_mixedScales_isRefused() {
        assertThatThrownBy(() -> new Bar(
                        BTC,
                        Timeframe.ONE_MINUTE,
                        OPEN,
                        price("100"),
                        Price.of("110", 3),
                        price("90"),
                        price("100"),
                        size("1"),
                        CLOSE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("110.000");
    }

    @Test
    void bar_closingBeforeItOpens_isRefused() {
        assertThatThrownBy(() -> new Bar(
                        BTC,
                        Timeframe.ONE_MINUTE,
                        OPEN,
                        price("100"),
                        price("100"),
                        price("100"),
                        price("100"),
                        size("0"),
                        OPEN - 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(OPEN - 1));
    }

    @Test
    void bar_flatBarWithZeroVolume_isAccepted() {
        assertThat(bar("100", "100", "100", "100").open()).isEqualTo(price("100"));
    }

    @Test
    void tradeTick_valid_andInvalid() {
        TradeTick trade = new TradeTick(BTC, price("100"), size("0.5"), OrderSide.BUY, "t-1", OPEN);
        assertThat(trade.instrumentId()).isEqualTo(BTC);
        assertThatThrownBy(() -> new TradeTick(BTC, price("100"), size("0"), OrderSide.BUY, "t-1", OPEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.000");
        assertThatThrownBy(() -> new TradeTick(BTC, price("100"), size("1"), OrderSide.BUY, " ", OPEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trade id");
        assertThatThrownBy(() -> new TradeTick(BTC, price("100"), size("1"), null, "t-1", OPEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aggressor null");
    }

    @Test
    void quoteTick_spreadMidAndCrossing() {
        QuoteTick quote = new QuoteTick(BTC, price("100.01"), price("100.02"), size("1"), size("2"), OPEN);
        assertThat(quote.spread()).isEqualTo(price("0.01"));
        assertThat(quote.midPrice()).isEqualTo(Price.of("100.015", 3));
        assertThat(quote.isCrossed()).isFalse();
    }

    @Test
    void quoteTick_crossedQuote_isAcceptedAndReported() {
        QuoteTick crossed = new QuoteTick(BTC, price("100.03"), price("100.02"), size("1"), size("2"), OPEN);
        assertThat(crossed.isCrossed()).isTrue();
        assertThat(crossed.spread()).isEqualTo(price("-0.01"));
        QuoteTick locked = new QuoteTick(BTC, price("100.02"), price("100.02"), size("1"), size("2"), OPEN);
        assertThat(locked.isCrossed()).isTrue();
    }

    @Test
    void quoteTick_mixedScales_isRefused() {
        assertThatThrownBy(() -> new QuoteTick(BTC, price("1"), Price.of("1", 3), size("1"), size("1"), OPEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuoteTick(BTC, price("1"), price("1"), size("1"), Quantity.of("1", 2), OPEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void orderBookDelta_negativeSequence_isRefused() {
        assertThatThrownBy(() -> new OrderBookDelta(BTC, OrderSide.BUY, price("1"), size("1"), -1, OPEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThat(new OrderBookDelta(BTC, OrderSide.BUY, price("1"), size("0"), 0, OPEN).isRemoval())
                .isTrue();
    }

    @Test
    void bookLevel_zeroSize_isRefused() {
        assertThatThrownBy(() -> new BookLevel(price("1"), size("0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.00");
    }
}
