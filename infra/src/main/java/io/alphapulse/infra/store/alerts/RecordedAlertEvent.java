package io.alphapulse.infra.store.alerts;

/**
 * An alert event as stored.
 *
 * @param id its id
 * @param event what happened
 */
public record RecordedAlertEvent(long id, AlertEvent event) {}
