package io.alphapulse.infra.store.alerts;

import java.util.List;
import java.util.Objects;

/**
 * What a user sets on an alert: everything but its id, owner and times.
 *
 * @param name the owner's name for it
 * @param condition when it fires
 * @param channels where it is delivered, e.g. {@code websocket}, {@code email}; names of lower-case letters,
 *     digits, {@code _} and {@code -}
 * @param enabled whether it is checked at all
 */
public record AlertDefinition(String name, AlertCondition condition, List<String> channels, boolean enabled) {

    public AlertDefinition {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("alert name must not be blank: '" + name + "'");
        }
        Objects.requireNonNull(condition, "condition");
        channels = Channels.validated(channels);
    }
}
