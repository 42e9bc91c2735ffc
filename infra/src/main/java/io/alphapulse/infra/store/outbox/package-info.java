/**
 * The transactional outbox: messages written with the state they announce, published at least once by
 * a relay, and deduplicated by id at the consumers. See {@link io.alphapulse.infra.store.outbox.Outbox}.
 */
package io.alphapulse.infra.store.outbox;
