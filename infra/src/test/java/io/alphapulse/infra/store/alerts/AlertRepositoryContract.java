package io.alphapulse.infra.store.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alphapulse.infra.db.TestDatabase;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the alert store must do, on SQLite and on PostgreSQL alike. */
abstract class AlertRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-02-03T10:00:00.001Z");
    private static final UUID ALICE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID BOB = UUID.fromString("00000000-0000-0000-0000-0000000000b0");

    private TestDatabase store;
    private AlertRepository alerts;

    protected abstract TestDatabase createStore();

    @BeforeEach
    void open() {
        store = createStore();
        store.database().migrate();
        alerts = new AlertRepository(store.database());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void create_thenFind_returnsTheAlertWithAnExactThreshold() throws SQLException {
        AlertDefinition definition = priceAbove("BTC-USDT", "65000.12345678");

        Alert created = alerts.create(ALICE, definition, T0);

        assertThat(alerts.find(created.id(), ALICE)).contains(new Alert(created.id(), ALICE, definition, T0, T0));
        assertThat(alerts.find(created.id(), ALICE)
                        .orElseThrow()
                        .definition()
                        .condition()
                        .threshold())
                .isEqualTo(new BigDecimal("65000.12345678"));
    }

    @Test
    void find_ofAnotherOwnersAlert_isEmpty() throws SQLException {
        Alert bobs = alerts.create(BOB, priceAbove("BTC-USDT", "70000"), T0);

        assertThat(alerts.find(bobs.id(), ALICE)).isEmpty();
        assertThat(alerts.findByOwner(ALICE)).isEmpty();
        assertThat(alerts.findByOwner(BOB)).extracting(Alert::id).containsExactly(bobs.id());
    }

    @Test
    void update_changesTheDefinition_onlyForTheOwner() throws SQLException {
        Alert created = alerts.create(ALICE, priceAbove("BTC-USDT", "65000"), T0);
        AlertDefinition changed = new AlertDefinition(
                "oversold",
                new AlertCondition("ETH-USDT", AlertKind.INDICATOR, "rsi:14", new BigDecimal("30")),
                List.of("email"),
                false);

        assertThat(alerts.update(created.id(), BOB, changed, T0.plusSeconds(5))).isEmpty();
        assertThat(alerts.find(created.id(), ALICE).orElseThrow().definition()).isEqualTo(created.definition());

        assertThat(alerts.update(created.id(), ALICE, changed, T0.plusSeconds(9)))
                .contains(new Alert(created.id(), ALICE, changed, T0, T0.plusSeconds(9)));
    }

    @Test
    void delete_removesOnlyTheOwnersAlert_withItsEvents() throws SQLException {
        Alert created = alerts.create(ALICE, priceAbove("BTC-USDT", "65000"), T0);
        alerts.recordEvent(fired(created.id(), T0.plusSeconds(1)));

        assertThat(alerts.delete(created.id(), BOB)).isFalse();
        assertThat(alerts.find(created.id(), ALICE)).isPresent();

        assertThat(alerts.delete(created.id(), ALICE)).isTrue();
        assertThat(alerts.find(created.id(), ALICE)).isEmpty();
        assertThat(alerts.eventsByOwner(ALICE, 10)).isEmpty();
    }

    @Test
    void findEnabledBySymbol_skipsDisabledAlertsAndOtherSymbols() throws SQLException {
        Alert enabled = alerts.create(ALICE, priceAbove("BTC-USDT", "65000"), T0);
        Alert bobs = alerts.create(BOB, priceAbove("BTC-USDT", "60000"), T0);
        alerts.create(ALICE, new AlertDefinition("off", enabled.definition().condition(), List.of(), false), T0);
        alerts.create(ALICE, priceAbove("ETH-USDT", "3000"), T0);

        assertThat(alerts.findEnabledBySymbol("BTC-USDT"))
                .extracting(Alert::id)
                .containsExactly(enabled.id(), bobs.id());
    }

    @Test
    void events_areListedNewestFirst_andOnlyForTheOwner() throws SQLException {
        Alert alices = alerts.create(ALICE, priceAbove("BTC-USDT", "65000"), T0);
        Alert bobs = alerts.create(BOB, priceAbove("BTC-USDT", "65000"), T0);
        AlertEvent first = fired(alices.id(), T0.plusSeconds(1));
        AlertEvent second = fired(alices.id(), T0.plusSeconds(2));
        long firstId = alerts.recordEvent(first);
        long secondId = alerts.recordEvent(second);
        alerts.recordEvent(fired(bobs.id(), T0.plusSeconds(3)));

        assertThat(alerts.eventsByOwner(ALICE, 10))
                .containsExactly(new RecordedAlertEvent(secondId, second), new RecordedAlertEvent(firstId, first));
        assertThat(alerts.eventsByOwner(ALICE, 1))
                .extracting(RecordedAlertEvent::id)
                .containsExactly(secondId);
    }

    @Test
    void updateDelivery_recordsTheChannelsReached() throws SQLException {
        Alert created = alerts.create(ALICE, priceAbove("BTC-USDT", "65000"), T0);
        long eventId = alerts.recordEvent(fired(created.id(), T0));

        alerts.updateDelivery(eventId, List.of("websocket", "email"), AlertEventStatus.DELIVERED);

        AlertEvent stored = alerts.eventsByOwner(ALICE, 1).getFirst().event();
        assertThat(stored.deliveredChannels()).containsExactly("websocket", "email");
        assertThat(stored.status()).isEqualTo(AlertEventStatus.DELIVERED);
        assertThatThrownBy(() -> alerts.updateDelivery(9_999, List.of(), AlertEventStatus.FAILED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("9999");
    }

    @Test
    void condition_priceKindWithAnIndicator_isRefusedNamingIt() {
        assertThatThrownBy(() -> new AlertCondition("BTC-USDT", AlertKind.PRICE_ABOVE, "rsi:14", BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rsi:14");
        assertThatThrownBy(() -> priceAbove("BTC-USDT", "1").channels().add("sms"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() ->
                        new AlertDefinition("x", priceAbove("BTC-USDT", "1").condition(), List.of("email,sms"), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("email,sms");
    }

    private static AlertDefinition priceAbove(String symbol, String threshold) {
        return new AlertDefinition(
                symbol + " above " + threshold,
                new AlertCondition(symbol, AlertKind.PRICE_ABOVE, null, new BigDecimal(threshold)),
                List.of("websocket"),
                true);
    }

    private static AlertEvent fired(long alertId, Instant time) {
        return new AlertEvent(alertId, time, new BigDecimal("65000.50"), List.of(), AlertEventStatus.PENDING);
    }
}
