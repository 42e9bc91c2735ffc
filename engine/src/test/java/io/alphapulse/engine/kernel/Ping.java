package io.alphapulse.engine.kernel;

import io.alphapulse.engine.model.Message;

/** A test message. */
record Ping(int id, long timestampNanos) implements Message {}
