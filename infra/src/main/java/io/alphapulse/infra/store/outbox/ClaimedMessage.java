package io.alphapulse.infra.store.outbox;

/**
 * A message a relay claimed for publishing.
 *
 * @param message the message
 * @param attempts how many times it has been claimed, this claim included: more than 1 means an
 *     earlier relay claimed it and did not mark it published (it may or may not have sent it)
 */
public record ClaimedMessage(OutboxMessage message, int attempts) {}
