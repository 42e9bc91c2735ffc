package io.alphapulse.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.alphapulse.engine.model.Currency;
import io.alphapulse.engine.model.Money;
import io.alphapulse.engine.model.Price;
import io.alphapulse.engine.model.Quantity;
import org.junit.jupiter.api.Test;

class DisplayFormatTest {

    @Test
    void percent_roundsHalfEven_withARealMinus_andADashForNaN() {
        assertThat(DisplayFormat.percent(0.1234)).isEqualTo("12.34%");
        assertThat(DisplayFormat.percent(-0.5)).isEqualTo("−50.00%");
        assertThat(DisplayFormat.percent(0.43215, 1)).isEqualTo("43.2%");
        assertThat(DisplayFormat.percent(123.456)).isEqualTo("12,345.60%");
        assertThat(DisplayFormat.percent(Double.NaN)).isEqualTo("—");
        assertThat(DisplayFormat.percent(Double.POSITIVE_INFINITY)).isEqualTo("∞");
    }

    @Test
    void signedPercent_marksGains_andNeverWritesMinusZero() {
        assertThat(DisplayFormat.signedPercent(0.1234)).isEqualTo("+12.34%");
        assertThat(DisplayFormat.signedPercent(-0.0001)).isEqualTo("−0.01%");
        assertThat(DisplayFormat.signedPercent(-0.000001)).isEqualTo("0.00%");
        assertThat(DisplayFormat.signedPercent(0)).isEqualTo("0.00%");
        assertThat(DisplayFormat.signedPercent(Double.NaN)).isEqualTo("—");
    }

    @Test
    void ratio_hasTwoDecimals() {
        assertThat(DisplayFormat.ratio(1.8765)).isEqualTo("1.88");
        assertThat(DisplayFormat.ratio(-0.5)).isEqualTo("−0.50");
        assertThat(DisplayFormat.ratio(Double.NaN)).isEqualTo("—");
        assertThat(DisplayFormat.ratio(Double.NEGATIVE_INFINITY)).isEqualTo("−∞");
    }

    @Test
    void money_isGroupedAndRoundedForReading_withItsCurrency() {
        assertThat(DisplayFormat.money(Money.of("10523.456789", Currency.USDT))).isEqualTo("10,523.46 USDT");
        assertThat(DisplayFormat.money(Money.of("-1234567.5", Currency.USD))).isEqualTo("−1,234,567.50 USD");
        assertThat(DisplayFormat.money(Money.of("0.00123456", Currency.BTC))).isEqualTo("0.001235 BTC");
        assertThat(DisplayFormat.money(Money.of("0.5", Currency.BTC))).isEqualTo("0.50 BTC");
        assertThat(DisplayFormat.money(Money.zero(Currency.USDT))).isEqualTo("0.00 USDT");
        assertThat(DisplayFormat.amount(Money.of("12.3", Currency.USDT), true)).isEqualTo("+12.30");
        assertThat(DisplayFormat.amount(Money.of("-999.999", Currency.USDT), true))
                .isEqualTo("−1,000.00");
    }

    @Test
    void pricesKeepTheirScale_quantitiesLoseTrailingZeros() {
        assertThat(DisplayFormat.price(Price.of("65123.4", 2))).isEqualTo("65,123.40");
        assertThat(DisplayFormat.price(Price.of("-0.05", 2))).isEqualTo("−0.05");
        assertThat(DisplayFormat.quantity(Quantity.of("0.00150000", 8))).isEqualTo("0.0015");
        assertThat(DisplayFormat.quantity(Quantity.of("1200", 8))).isEqualTo("1,200");
    }

    @Test
    void integersAreGrouped() {
        assertThat(DisplayFormat.integer(0)).isEqualTo("0");
        assertThat(DisplayFormat.integer(999)).isEqualTo("999");
        assertThat(DisplayFormat.integer(1000)).isEqualTo("1,000");
        assertThat(DisplayFormat.integer(-2_000_000)).isEqualTo("−2,000,000");
    }

    @Test
    void timesAreUtc() {
        long nanos = 1_709_649_045_000_000_000L; // 2024-03-05T14:30:45Z
        assertThat(DisplayFormat.dateTime(nanos, false)).isEqualTo("2024-03-05 14:30");
        assertThat(DisplayFormat.dateTime(nanos, true)).isEqualTo("2024-03-05 14:30:45");
        assertThat(DisplayFormat.dateTime(-1, true)).isEqualTo("1969-12-31 23:59:59");
    }

    @Test
    void durationsUseTheirTwoLargestUnits() {
        long second = 1_000_000_000L;
        assertThat(DisplayFormat.duration(12 * second)).isEqualTo("12s");
        assertThat(DisplayFormat.duration(45 * 60 * second)).isEqualTo("45m");
        assertThat(DisplayFormat.duration((3 * 86_400 + 4 * 3_600 + 59) * second))
                .isEqualTo("3d 4h");
        assertThat(DisplayFormat.duration(7_200 * second)).isEqualTo("2h");
    }

    @Test
    void plain_isForMachines() {
        assertThat(DisplayFormat.plain(-1.23456, 2)).isEqualTo("-1.23");
        assertThat(DisplayFormat.plain(Double.NaN, 2)).isEqualTo("null");
        assertThat(Coordinates.format(12.04)).isEqualTo("12");
        assertThat(Coordinates.format(-0.25)).isEqualTo("-0.2");
        assertThat(Coordinates.format(1199.96)).isEqualTo("1200");
    }

    @Test
    void html_escapesMarkupAndQuotes() {
        assertThat(Html.escape("<script>alert('x') & \"y\"</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    }
}
