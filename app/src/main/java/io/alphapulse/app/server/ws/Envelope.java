package io.alphapulse.app.server.ws;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.alphapulse.app.server.live.LiveEvent;
import java.util.Map;

/** A server message as it goes on the wire (ARCHITECTURE.md §7): {@code {"topic","type","ts","data"}}. */
@JsonPropertyOrder({"topic", "type", "ts", "data"})
record Envelope(String topic, String type, long ts, Object data) {

    static Envelope of(LiveEvent event) {
        return new Envelope(event.topic(), event.type(), event.ts(), event.data());
    }

    /** A {@code system} message with a one-field or empty body, e.g. a pong or an error. */
    static Envelope system(String type, long ts, Map<String, ?> data) {
        return new Envelope(LiveEvent.SYSTEM, type, ts, data);
    }
}
