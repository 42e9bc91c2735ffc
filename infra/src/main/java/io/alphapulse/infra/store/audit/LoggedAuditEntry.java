package io.alphapulse.infra.store.audit;

/**
 * An entry as read back from the log.
 *
 * @param id its position in the log: later entries have larger ids
 * @param entry what was logged
 */
public record LoggedAuditEntry(long id, AuditEntry entry) {}
