package io.alphapulse.infra.store.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A message that must leave the process, written in the same transaction as the state change it
 * announces.
 *
 * @param id unique; consumers deduplicate on it, because the relay may publish a message more than
 *     once
 * @param topic where the relay publishes it, e.g. {@code orders}
 * @param key the partition or ordering key, e.g. the client order id
 * @param payload the serialized message, opaque to the outbox
 * @param createdAt when it was written
 */
public record OutboxMessage(UUID id, String topic, String key, String payload, Instant createdAt) {

    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("outbox message " + id + " needs a topic, was '" + topic + "'");
        }
        if (key == null) {
            throw new IllegalArgumentException("outbox message " + id + " on " + topic + " needs a key");
        }
        if (payload == null) {
            throw new IllegalArgumentException("outbox message " + id + " on " + topic + " needs a payload");
        }
    }

    /** A message with a new random id. */
    public static OutboxMessage of(String topic, String key, String payload, Instant createdAt) {
        return new OutboxMessage(UUID.randomUUID(), topic, key, payload, createdAt);
    }
}
