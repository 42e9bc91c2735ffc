package io.alphapulse.app.server.ws;

import io.alphapulse.app.server.live.LiveEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * One message on its way to one or more clients. The same instance is queued for every recipient of an
 * event, so it is serialized once, by the first sender that needs it, never on the kernel thread.
 */
final class OutboundMessage {

    private final Envelope envelope;
    private final String conflationKey;
    private volatile String json;

    private OutboundMessage(Envelope envelope, String conflationKey) {
        this.envelope = envelope;
        this.conflationKey = conflationKey;
    }

    /** A live event, conflated with later ones of its key when the event allows it. */
    static OutboundMessage of(LiveEvent event) {
        return new OutboundMessage(Envelope.of(event), event.conflatable() ? event.conflationKey() : null);
    }

    /** A message that may be replaced by a later one with {@code key} while queued. */
    static OutboundMessage conflatable(Envelope envelope, String key) {
        return new OutboundMessage(envelope, key);
    }

    /** A message that is delivered or the client is disconnected, never skipped. */
    static OutboundMessage reliable(Envelope envelope) {
        return new OutboundMessage(envelope, null);
    }

    Envelope envelope() {
        return envelope;
    }

    /** The key a later message replaces this one by, or {@code null} when it must be delivered. */
    String conflationKey() {
        return conflationKey;
    }

    String json(JsonMapper mapper) {
        String text = json;
        if (text == null) {
            // Two senders may race to serialize; both produce the same text, so no lock is needed.
            text = mapper.writeValueAsString(envelope);
            json = text;
        }
        return text;
    }
}
