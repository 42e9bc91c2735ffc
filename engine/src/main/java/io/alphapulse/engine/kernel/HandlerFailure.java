package io.alphapulse.engine.kernel;

/**
 * A handler threw while handling a message.
 *
 * @param topic the topic the message was published on
 * @param message the message being handled
 * @param handler the handler that threw
 * @param cause what it threw
 */
public record HandlerFailure(String topic, Object message, Object handler, RuntimeException cause) {}
