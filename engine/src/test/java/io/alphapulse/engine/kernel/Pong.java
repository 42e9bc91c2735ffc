package io.alphapulse.engine.kernel;

import io.alphapulse.engine.model.Message;

/** A test message sent in reply to a {@link Ping}. */
record Pong(int id, long timestampNanos) implements Message {}
