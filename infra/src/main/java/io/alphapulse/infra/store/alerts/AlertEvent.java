package io.alphapulse.infra.store.alerts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One firing of an alert.
 *
 * @param alertId the alert that fired
 * @param firedAt when
 * @param observedValue the exact price or indicator value that fired it
 * @param deliveredChannels the channels it reached so far
 * @param status how far delivery got
 */
public record AlertEvent(
        long alertId,
        Instant firedAt,
        BigDecimal observedValue,
        List<String> deliveredChannels,
        AlertEventStatus status) {

    public AlertEvent {
        Objects.requireNonNull(firedAt, "firedAt");
        Objects.requireNonNull(observedValue, "observedValue");
        Objects.requireNonNull(status, "status");
        deliveredChannels = Channels.validated(deliveredChannels);
    }
}
