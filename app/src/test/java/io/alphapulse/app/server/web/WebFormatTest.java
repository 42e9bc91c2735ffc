package io.alphapulse.app.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WebFormatTest {

    private final WebFormat format = new WebFormat();

    @Test
    void price_groupsThousands_andKeepsAtLeastTwoDecimals() {
        assertThat(format.price(new BigDecimal("43251.5"))).isEqualTo("43,251.50");
        assertThat(format.price(new BigDecimal("43251"))).isEqualTo("43,251.00");
    }

    @Test
    void price_keepsSignificantDecimals_upToEight() {
        assertThat(format.price(new BigDecimal("0.000123400"))).isEqualTo("0.0001234");
        assertThat(format.price(new BigDecimal("1.123456789"))).isEqualTo("1.12345679");
    }

    @Test
    void missingValues_showADash() {
        assertThat(format.price(null)).isEqualTo("—");
        assertThat(format.money(null)).isEqualTo("—");
        assertThat(format.pnl(null)).isEqualTo("—");
        assertThat(format.quantity(null)).isEqualTo("—");
    }

    @Test
    void pnl_isSigned_withARealMinus() {
        assertThat(format.pnl(new BigDecimal("1234.567"))).isEqualTo("+1,234.57");
        assertThat(format.pnl(new BigDecimal("-12.3"))).isEqualTo("−12.30");
        assertThat(format.pnl(new BigDecimal("-0.001"))).isEqualTo("0.00");
    }

    @Test
    void money_hasTwoDecimals_withoutSign() {
        assertThat(format.money(new BigDecimal("100000"))).isEqualTo("100,000.00");
        assertThat(format.money(new BigDecimal("-5.555"))).isEqualTo("−5.56");
    }

    @Test
    void quantity_dropsTrailingZeros() {
        assertThat(format.quantity(new BigDecimal("0.50000000"))).isEqualTo("0.5");
        assertThat(format.quantity(new BigDecimal("1200"))).isEqualTo("1,200");
    }

    @Test
    void percentAndStrength_areSigned() {
        assertThat(format.percent(1.234)).isEqualTo("+1.23%");
        assertThat(format.percent(-0.5)).isEqualTo("−0.50%");
        assertThat(format.percent(0)).isEqualTo("0.00%");
        assertThat(format.strength(0.4249)).isEqualTo("+0.42");
    }

    @Test
    void time_isUtcHoursMinutesSeconds() {
        assertThat(format.time(1_763_715_845_000L)).isEqualTo("09:04:05");
        assertThat(format.isoTime(1_763_715_845_000L)).isEqualTo("2025-11-21T09:04:05Z");
    }

    @Test
    void tone_followsTheSign() {
        assertThat(format.tone(new BigDecimal("0.01"))).isEqualTo("up");
        assertThat(format.tone(new BigDecimal("-3"))).isEqualTo("down");
        assertThat(format.tone(BigDecimal.ZERO)).isEqualTo("flat");
        assertThat(format.tone((BigDecimal) null)).isEqualTo("flat");
        assertThat(format.tone(-0.1)).isEqualTo("down");
    }

    @Test
    void tone_judgesTheShownValue_soZeroIsNeverALoss() {
        assertThat(format.tone(-0.001)).isEqualTo("flat");
        assertThat(format.tone(new BigDecimal("0.004"))).isEqualTo("flat");
        assertThat(format.tone(new BigDecimal("-0.005"))).isEqualTo("flat");
        assertThat(format.tone(new BigDecimal("-0.006"))).isEqualTo("down");
    }

    @Test
    void words_replaceUnderscores() {
        assertThat(format.words("partially_filled")).isEqualTo("partially filled");
    }
}
