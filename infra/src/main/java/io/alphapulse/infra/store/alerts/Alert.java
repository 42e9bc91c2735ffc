package io.alphapulse.infra.store.alerts;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored alert.
 *
 * @param id its id
 * @param ownerId the user it belongs to; only that user may read or change it
 * @param definition what the owner set
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 */
public record Alert(long id, UUID ownerId, AlertDefinition definition, Instant createdAt, Instant updatedAt) {}
